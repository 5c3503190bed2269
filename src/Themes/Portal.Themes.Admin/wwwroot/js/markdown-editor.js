// Markdown fields get Toast UI Editor (vendored in ../lib, see its VERSION): a 所见即所得 tab and a Markdown tab.
// The textarea stays the form field and receives the Markdown on every change, so the form, the unsaved-changes
// guard, the browser draft and the preview work as without scripts; the server renders and sanitizes as before.
(function () {
    "use strict";
    var fields = document.querySelectorAll("textarea[data-markdown-editor]");
    if (!fields.length) {
        return;
    }

    var script = document.currentScript;
    var library = new URL("../lib/toastui-editor/", script.src);
    var uploadUrl = script.getAttribute("data-upload-url");
    var token = document.querySelector("input[name=__RequestVerificationToken]");

    var stylesheet = document.createElement("link");
    stylesheet.rel = "stylesheet";
    stylesheet.href = new URL("toastui-editor.css", library).href;
    document.head.appendChild(stylesheet);

    var editorScript = document.createElement("script");
    editorScript.src = new URL("toastui-editor.js", library).href;
    editorScript.onload = function () { fields.forEach(enhance); };
    document.head.appendChild(editorScript);

    // Publishing with pictures that have no alt text asks first: readers who cannot see them get nothing.
    fields.forEach(function (field) {
        if (!field.form || field.form.hasAttribute("data-alt-check")) {
            return;
        }
        field.form.setAttribute("data-alt-check", "");
        field.form.addEventListener("submit", function (event) {
            if (!event.submitter || event.submitter.value !== "publish") {
                return;
            }
            var missing = Array.prototype.reduce.call(field.form.querySelectorAll("textarea[data-markdown-editor]"), function (count, area) {
                return count + (area.value.match(/!\[\s*\]\(/g) || []).length;
            }, 0);
            if (missing > 0 && !window.confirm("正文中有 " + missing + " 张图片没有说明文字（替代文字），视障读者将无从知道图片内容。仍要发布吗？")) {
                event.preventDefault();
            }
        });
    });

    function enhance(field) {
        var host = document.createElement("div");
        host.className = "markdown-editor";
        field.parentNode.insertBefore(host, field.nextSibling);
        var label = document.querySelector("label[for='" + field.id + "']");
        var editor = new window.toastui.Editor({
            el: host,
            height: "520px",
            initialValue: field.value,
            initialEditType: "wysiwyg",
            previewStyle: "tab",
            language: "zh-CN",
            usageStatistics: false,
            autofocus: false,
            toolbarItems: [
                ["heading", "bold", "italic", "strike"],
                ["hr", "quote"],
                ["ul", "ol", "indent", "outdent"],
                ["table", "image", "link"]
            ],
            hooks: { addImageBlobHook: uploadImage }
        });
        field.hidden = true;
        var split = field.closest(".editor-split");
        if (split) { split.classList.add("is-enhanced"); }
        host.querySelectorAll("[contenteditable], textarea").forEach(function (area) {
            if (label) { area.setAttribute("aria-label", label.textContent); }
        });

        var writing = false;
        editor.on("change", function () {
            writing = true;
            field.value = editor.getMarkdown();
            field.dispatchEvent(new Event("input", { bubbles: true }));
            writing = false;
        });
        // A draft restored into the textarea (admin.js) is shown in the editor.
        field.addEventListener("input", function () {
            if (!writing && field.value !== editor.getMarkdown()) {
                editor.setMarkdown(field.value, false);
            }
        });
    }

    // A picture goes to the media library. Chosen in the toolbar's image dialog it takes the description typed there;
    // pasted or dropped, its alt text is asked for at once.
    function uploadImage(blob, insert, source) {
        if (!uploadUrl) {
            window.alert("此处不能上传图片。");
            return;
        }

        var body = new FormData();
        body.append("file", blob, blob.name || "粘贴的图片.png");
        fetch(uploadUrl, {
            method: "POST",
            headers: { "RequestVerificationToken": token ? token.value : "", "Accept": "application/json" },
            body: body
        }).then(function (response) {
            return response.json().catch(function () { return {}; }).then(function (answer) {
                if (!response.ok) {
                    throw new Error(answer.error || (response.status === 403 ? "您没有上传图片的权限。" : "图片上传失败，请稍后重试。"));
                }
                return answer;
            });
        }).then(function (image) {
            if (source === "ui") {
                insert(image.url);
                return;
            }
            var alt = window.prompt("请填写图片说明（替代文字），供视障读者和搜索使用：", image.alt || "") || "";
            insert(image.url, alt.trim());
        }).catch(function (error) {
            window.alert(error.message);
        });
    }
})();
