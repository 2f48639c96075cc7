#!/usr/bin/env bash
# The README's screenshots (home page, a city, an activity; Thai, 1366×900) taken by a real Chromium on the
# first-run demo data, and copied to docs/screenshots/. Needs what ./test.sh installs (Chromium, Thai fonts).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build tests/LearningCity.BrowserTests -nologo -v q -clp:ErrorsOnly
TEST_DB=sqlite dotnet test --project tests/LearningCity.BrowserTests --no-build -- --filter-class 'LearningCity.BrowserTests.Platform.ReadmeScreenshots'
mkdir -p docs/screenshots
for name in home-th city-th activity-th; do
  cp "tests/LearningCity.BrowserTests/bin/Debug/net10.0/artifacts/$name.png" "docs/screenshots/$name.png"
done
echo "docs/screenshots: $(ls docs/screenshots | tr '\n' ' ')"
