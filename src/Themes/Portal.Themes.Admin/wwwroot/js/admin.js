// Admin enhancements: live Markdown preview and a guard against leaving an edited form unsaved.
(function () {
    "use strict";
    var editor = document.querySelector("[data-markdown-editor]");
    if (editor) {
        var pane = document.querySelector(editor.getAttribute("data-preview-target"));
        var token = document.querySelector("input[name=__RequestVerificationToken]");
        var timer = null;
        var render = function () {
            var body = new URLSearchParams();
            body.set("markdown", editor.value);
            fetch(editor.getAttribute("data-markdown-editor"), {
                method: "POST",
                headers: { "RequestVerificationToken": token ? token.value : "" },
                body: body
            }).then(function (r) { return r.ok ? r.text() : ""; })
              .then(function (html) { if (pane) { pane.innerHTML = html; } });
        };
        editor.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(render, 400); });
        render();
    }

    document.querySelectorAll("form[data-guard-unsaved]").forEach(function (form) {
        var dirty = false;
        form.addEventListener("input", function () { dirty = true; });
        form.addEventListener("submit", function () { dirty = false; });
        window.addEventListener("beforeunload", function (e) { if (dirty) { e.preventDefault(); e.returnValue = ""; } });
    });

    document.querySelectorAll("[data-confirm]").forEach(function (el) {
        el.addEventListener("click", function (e) { if (!confirm(el.getAttribute("data-confirm"))) { e.preventDefault(); } });
    });
})();
