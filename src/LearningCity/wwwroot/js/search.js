// Search page: "use my location" fills the near-me fields from the browser and sorts by distance.
(function () {
    var button = document.getElementById('search-locate');
    if (!button || !('geolocation' in navigator)) return;
    button.hidden = false;
    button.addEventListener('click', function () {
        navigator.geolocation.getCurrentPosition(function (pos) {
            document.getElementById('search-lat').value = pos.coords.latitude.toFixed(5);
            document.getElementById('search-lon').value = pos.coords.longitude.toFixed(5);
            var radius = document.getElementById('search-radius');
            if (!radius.value) radius.value = '10';
            document.getElementById('search-sort').value = 'distance';
            document.getElementById('search-form').requestSubmit();
        });
    });
    // Hide the suggestions once the box loses focus, so they do not cover the results.
    var q = document.getElementById('search-q');
    var list = document.getElementById('search-suggestions');
    if (q && list) {
        q.addEventListener('blur', function () { setTimeout(function () { list.innerHTML = ''; }, 200); });
    }
})();
