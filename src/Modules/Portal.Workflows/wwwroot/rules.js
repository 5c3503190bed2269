// Shows only the options of a rule that go with the chosen trigger; without script every option shows and the server explains.
(function () {
    var trigger = document.querySelector("[data-rule-trigger]");
    if (!trigger) { return; }
    function update() {
        document.querySelectorAll("[data-triggers]").forEach(function (el) {
            el.hidden = el.getAttribute("data-triggers").split(" ").indexOf(trigger.value) < 0;
        });
    }
    trigger.addEventListener("change", update);
    update();
})();
