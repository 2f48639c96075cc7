// "Near me" on the for-you page: reloads the page with the browser's position as lat/lon.
(function () {
    var button = document.getElementById("near-me");
    if (!button) return;
    button.addEventListener("click", function () {
        var status = document.getElementById("near-me-status");
        if (!navigator.geolocation) { status.textContent = button.dataset.failed; return; }
        navigator.geolocation.getCurrentPosition(function (pos) {
            var url = new URL(window.location.href);
            url.searchParams.set("lat", pos.coords.latitude.toFixed(4));
            url.searchParams.set("lon", pos.coords.longitude.toFixed(4));
            window.location.assign(url.toString());
        }, function () { status.textContent = button.dataset.failed; }, { timeout: 10000 });
    });
})();
