"""Adds approved learning cities to a migrated SQLite database until it holds the given count (benchmarks only)."""
import random
import sqlite3
import sys

db, target = sys.argv[1], int(sys.argv[2])
con = sqlite3.connect(db)
cols = [r[1] for r in con.execute("PRAGMA table_info(cities_learning_cities)")]
have = con.execute("SELECT COUNT(*) FROM cities_learning_cities").fetchone()[0]
provinces = [r[0] for r in con.execute("SELECT Code FROM cities_provinces")]
rng = random.Random(7)
rows = []
for i in range(have, target):
    row = {c: None for c in cols}
    row.update({
        "Name_Th": f"เทศบาลตำบลทดสอบ {i}", "Name_En": f"Test Subdistrict Municipality {i}",
        "LocalGovernmentType": rng.choice([3, 4, 5, 6, 7, 7, 7, 6]), "ProvinceCode": rng.choice(provinces),
        "Population": rng.randint(2000, 120000), "Status": 1, "IsDemo": 1,
        "CreatedAt": "2026-01-01 00:00:00", "UpdatedAt": "2026-01-01 00:00:00", "Version": 0,
    })
    for c in cols:
        if c.endswith("_Th") and row[c] is None:
            row[c] = ""
    row.pop("Id", None)
    rows.append(row)
if rows:
    keys = list(rows[0].keys())
    con.executemany(
        f"INSERT INTO cities_learning_cities ({','.join(keys)}) VALUES ({','.join('?' * len(keys))})",
        [tuple(r[k] for k in keys) for r in rows])
    con.commit()
print(f"{target} cities")
