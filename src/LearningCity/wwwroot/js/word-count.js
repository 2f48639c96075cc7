// Live word counter for award narratives. Thai has no spaces, so words are found with the browser's Thai word
// segmenter; the server counts again with ICU when the application is saved and submitted.
(function () {
    var segmenter = typeof Intl !== "undefined" && Intl.Segmenter ? new Intl.Segmenter("th", { granularity: "word" }) : null;
    function count(text) {
        if (!segmenter) return text.split(/\s+/).filter(function (w) { return w.length > 0; }).length;
        var n = 0;
        for (var part of segmenter.segment(text)) if (part.isWordLike) n++;
        return n;
    }
    document.querySelectorAll("textarea[data-word-counter]").forEach(function (area) {
        var output = document.getElementById(area.dataset.wordCounter);
        var limit = parseInt(area.dataset.wordLimit, 10);
        function update() {
            var words = count(area.value);
            output.textContent = output.dataset.template.replace("{0}", words);
            area.classList.toggle("is-invalid", words > limit);
        }
        area.addEventListener("input", update);
        update();
    });
})();
