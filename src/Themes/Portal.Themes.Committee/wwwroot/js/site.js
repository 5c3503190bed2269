// Progressive enhancement for readers: font size (remembered), print, close, and the view counter.
(function () {
    "use strict";
    var sizes = { large: "font-large", medium: "", small: "font-small" };
    var storageKey = "portal.fontSize";

    function applySize(size) {
        document.body.classList.remove("font-large", "font-small");
        if (sizes[size]) {
            document.body.classList.add(sizes[size]);
        }
        document.querySelectorAll("[data-font-size]").forEach(function (button) {
            button.setAttribute("aria-pressed", button.getAttribute("data-font-size") === size ? "true" : "false");
        });
    }

    var saved = null;
    try { saved = localStorage.getItem(storageKey); } catch (e) { saved = null; }
    applySize(saved && sizes.hasOwnProperty(saved) ? saved : "medium");

    document.querySelectorAll("[data-font-size]").forEach(function (button) {
        button.addEventListener("click", function () {
            var size = button.getAttribute("data-font-size");
            applySize(size);
            try { localStorage.setItem(storageKey, size); } catch (e) { /* private mode: not remembered */ }
        });
    });

    document.querySelectorAll("[data-action=print]").forEach(function (button) {
        button.addEventListener("click", function () { window.print(); });
    });

    document.querySelectorAll("[data-action=close]").forEach(function (button) {
        button.addEventListener("click", function () {
            window.close();
            if (!window.closed) { history.length > 1 ? history.back() : (location.href = "/"); }
        });
    });

    // The page may come from the output cache, so the count is taken and shown by a separate request.
    var counter = document.querySelector("[data-view-counter]");
    if (counter && window.fetch) {
        fetch(counter.getAttribute("data-view-counter"), { method: "POST", credentials: "omit" })
            .then(function (response) { return response.ok ? response.json() : null; })
            .then(function (data) { if (data && typeof data.views === "number") { counter.textContent = data.views; } })
            .catch(function () { /* keep the cached figure */ });
    }
})();
