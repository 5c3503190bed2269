// Admin enhancements: live Markdown preview and a guard against leaving an edited form unsaved.
(function () {
    "use strict";
    var editor = document.querySelector("[data-preview-url]");
    if (editor) {
        var pane = document.querySelector(editor.getAttribute("data-preview-target"));
        var token = document.querySelector("input[name=__RequestVerificationToken]");
        var timer = null;
        var render = function () {
            var body = new URLSearchParams();
            body.set("markdown", editor.value);
            fetch(editor.getAttribute("data-preview-url"), {
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

    // A copy of the text in this browser: if a save is lost (an expired login, a closed tab), it can be taken back.
    document.querySelectorAll("form[data-draft-key]").forEach(function (form) {
        var key = "portal.draft." + location.pathname + "#" + form.getAttribute("data-draft-key");
        // Only what the editor writes by hand: fields the server fills in (routes, dates) would always differ.
        var fields = Array.prototype.filter.call(form.elements, function (el) {
            return el.hasAttribute("data-draft-field");
        });
        var snapshot = function () {
            var data = {};
            fields.forEach(function (el) { data[el.name] = el.value; });
            return data;
        };
        var read = function () { try { return JSON.parse(localStorage.getItem(key) || "null"); } catch (e) { return null; } };
        var saved = read();
        var current = JSON.stringify(snapshot());
        if (saved && JSON.stringify(saved) !== current) {
            var banner = document.createElement("p");
            banner.className = "notice";
            banner.setAttribute("role", "status");
            banner.textContent = "此浏览器中有一份未保存的草稿。";
            var restore = document.createElement("button");
            restore.type = "button";
            restore.className = "button";
            restore.textContent = "恢复未保存的草稿";
            restore.addEventListener("click", function () {
                fields.forEach(function (el) {
                    if (saved.hasOwnProperty(el.name)) {
                        el.value = saved[el.name];
                        el.dispatchEvent(new Event("input", { bubbles: true }));
                    }
                });
                banner.remove();
            });
            var discard = document.createElement("button");
            discard.type = "button";
            discard.className = "button";
            discard.textContent = "丢弃";
            discard.addEventListener("click", function () { localStorage.removeItem(key); banner.remove(); });
            banner.append(" ", restore, " ", discard);
            form.parentNode.insertBefore(banner, form);
        } else if (saved) {
            localStorage.removeItem(key);
        }
        form.addEventListener("input", function () {
            try { localStorage.setItem(key, JSON.stringify(snapshot())); } catch (e) { /* storage full or disabled */ }
        });
    });

    document.querySelectorAll("[data-confirm]").forEach(function (el) {
        el.addEventListener("click", function (e) { if (!confirm(el.getAttribute("data-confirm"))) { e.preventDefault(); } });
    });
})();
