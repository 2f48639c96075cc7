// Folds a <details data-fold-below="768"> on narrow screens, where its filters would fill the first screen.
// The page sends it open, so without script every filter is still there.
(function () {
  document.querySelectorAll('details[data-fold-below]').forEach(function (d) {
    if (window.innerWidth < parseInt(d.dataset.foldBelow, 10)) d.open = false;
  });
})();
