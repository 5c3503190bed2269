// The entry form: autosave of the draft to the server (at most every 30 s, and when the page is hidden or left),
// live character counts, one submission per click, and confirmations.
(function () {
    "use strict";
    var form = document.querySelector("form.entry-form");
    if (!form) { return; }

    var interval = 30000;
    var url = form.getAttribute("data-autosave");
    var status = document.querySelector("[data-autosave-status]");
    var token = form.querySelector("input[name=__RequestVerificationToken]");
    var idInput = form.querySelector("input[name=Id]");
    var dirty = false;
    var submitting = false;
    var timer = null;

    function show(text) { if (status) { status.textContent = text; } }

    function save(leaving) {
        if (!url || !dirty || submitting) { return; }
        dirty = false;
        clearTimeout(timer);
        timer = null;
        var body = new FormData(form);
        body.delete("__RequestVerificationToken");
        var request = fetch(url, {
            method: "POST",
            body: body,
            headers: { "RequestVerificationToken": token ? token.value : "" },
            credentials: "same-origin",
            keepalive: leaving === true
        });
        if (leaving === true) { return; }
        request.then(function (response) {
            if (response.redirected || !response.ok || (response.headers.get("Content-Type") || "").indexOf("json") < 0) {
                throw new Error("not saved");
            }
            return response.json();
        }).then(function (data) {
            if (data.id && idInput && !idInput.value) {
                idInput.value = data.id;
                if (location.pathname.indexOf("/new") > 0) { history.replaceState(null, "", form.getAttribute("data-entry-url") + data.id); }
            }
            show(data.saved ? "草稿已于 " + data.savedAt + " 自动保存。" + (data.message && data.message !== "草稿已保存。" ? " " + data.message : "") : (data.message || "草稿未能保存。"));
        }).catch(function () {
            dirty = true;
            show("草稿未能自动保存：登录可能已过期或网络中断。请先复制正文，再重新登录。");
        });
    }

    if (url) {
        form.addEventListener("input", function () {
            dirty = true;
            if (!timer) { timer = setTimeout(save, interval); }
        });
        document.addEventListener("visibilitychange", function () { if (document.visibilityState === "hidden") { save(true); } });
        window.addEventListener("pagehide", function () { save(true); });
    }

    form.addEventListener("submit", function (e) {
        if (submitting) { e.preventDefault(); return; }
        submitting = true;
        clearTimeout(timer);
    });

    form.querySelectorAll("textarea[data-count]").forEach(function (area) {
        var counter = document.querySelector("[data-counter-for=" + area.id + "]");
        if (!counter) { return; }
        area.addEventListener("input", function () { counter.textContent = area.value.replace(/\s/g, "").length; });
    });

    document.querySelectorAll("[data-confirm]").forEach(function (el) {
        el.addEventListener("click", function (e) { if (!confirm(el.getAttribute("data-confirm"))) { e.preventDefault(); } });
    });
})();
