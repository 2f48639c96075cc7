// Learning spaces on a Leaflet map. Settings come from data- attributes of #space-map (no inline script).
// Without a tile URL the base layer is Thailand's outline, served from this site (Natural Earth via world-atlas), so
// the pins have a place with no outside server; the server-rendered list beside it has the same spaces.
(function () {
    'use strict';
    var el = document.getElementById('space-map');
    if (!el || typeof L === 'undefined') return;

    var map = L.map(el, { scrollWheelZoom: false }).setView([13.4, 101.0], 5);
    var tileUrl = el.dataset.tileUrl;
    if (tileUrl) {
        L.tileLayer(tileUrl, { maxZoom: 19, attribution: el.dataset.tileAttribution || '' }).addTo(map);
    } else if (el.dataset.outline) {
        fetch(el.dataset.outline, { headers: { 'Accept': 'application/json' } })
            .then(function (r) { return r.ok ? r.json() : null; })
            .then(function (data) {
                if (!data) return;
                L.geoJSON(data, {
                    interactive: false,
                    attribution: el.dataset.outlineAttribution || '',
                    style: function (feature) {
                        return feature.properties.thailand
                            ? { className: 'map-outline map-outline-thailand', color: '#5b7083', weight: 1.2, fillColor: '#fdfcf7', fillOpacity: 1 }
                            : { className: 'map-outline map-outline-neighbour', color: '#a3b1bd', weight: 0.8, fillColor: '#eef1f4', fillOpacity: 1 };
                    }
                }).addTo(map).bringToBack();
                el.dataset.outlineLoaded = 'true';
            });
    }

    function popupFor(feature) {
        // Built from DOM nodes, never from HTML strings, so a space's name cannot inject markup.
        var box = document.createElement('div');
        var link = document.createElement('a');
        link.href = feature.properties.url;
        link.textContent = feature.properties.name;
        link.title = el.dataset.openLabel || '';
        var type = document.createElement('div');
        type.className = 'small';
        type.textContent = feature.properties.typeName;
        box.appendChild(link);
        box.appendChild(type);
        return box;
    }

    // Ask in the page's language: the API otherwise follows the browser's Accept-Language.
    fetch(el.dataset.geojson, { headers: { 'Accept': 'application/json', 'Accept-Language': document.documentElement.lang || 'th' } })
        .then(function (r) { return r.ok ? r.json() : { type: 'FeatureCollection', features: [] }; })
        .then(function (data) {
            var layer = L.geoJSON(data, {
                pointToLayer: function (feature, latlng) {
                    return L.marker(latlng, { title: feature.properties.name, alt: feature.properties.name });
                },
                onEachFeature: function (feature, marker) { marker.bindPopup(popupFor(feature)); }
            }).addTo(map);
            el.dataset.markers = String(data.features.length);
            if (data.features.length > 0) map.fitBounds(layer.getBounds(), { padding: [24, 24], maxZoom: tileUrl ? 14 : 9 });
        });
})();
