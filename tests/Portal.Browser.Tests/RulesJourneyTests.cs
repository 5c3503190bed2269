using Portal.Testing;

namespace Portal.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class RulesJourneyTests(BrowserPortal portal) : Journey(portal)
{
    [Fact]
    public Task Administrator_writes_a_scheduled_rule_is_told_what_is_wrong_fixes_it_and_switches_it_off() => RunAsync("rules", async () =>
    {
        var name = "每日提醒编辑（旅程）" + Guid.NewGuid().ToString("N")[..4];
        var admin = await SignInAsync(DemoAccounts.Admin, DemoAccounts.AdminPassword);
        await admin.GetByRole(AriaRole.Navigation, new() { Name = "后台菜单" }).GetByRole(AriaRole.Link, new() { Name = "规则", Exact = true }).ClickAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "新建规则" }).ClickAsync();

        // Only the options of the chosen trigger show.
        await admin.GetByLabel("触发条件").SelectOptionAsync(new SelectOptionValue { Label = "按计划时间" });
        await Assertions.Expect(admin.GetByLabel("计划时间（北京时间）")).ToBeVisibleAsync();
        await Assertions.Expect(admin.GetByLabel("提前天数")).ToBeHiddenAsync();
        await Assertions.Expect(admin.GetByLabel("栏目")).ToBeHiddenAsync();

        await admin.GetByLabel("规则名称").FillAsync(name);
        await admin.GetByLabel("计划时间（北京时间）").FillAsync("每天九点");
        await admin.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Alert)).ToContainTextAsync("计划时间的格式不正确");
        await Assertions.Expect(admin.GetByRole(AriaRole.Alert)).ToContainTextAsync("规则至少需要一个动作");
        await Assertions.Expect(admin.GetByLabel("规则名称")).ToHaveValueAsync(name);

        await admin.GetByLabel("计划时间（北京时间）").FillAsync("0 0 9 * * ?");
        await admin.GetByRole(AriaRole.Group, new() { Name = "通知角色" }).GetByLabel("编辑").CheckAsync();
        await admin.GetByLabel("通知内容（留空则用默认内容）").FillAsync("请查看审核队列。");
        await admin.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync($"规则“{name}”已创建");
        var row = admin.Locator($"tr[data-rule=\"{name}\"]");
        await Assertions.Expect(row).ToContainTextAsync("按计划时间（0 0 9 * * ?）");
        await Assertions.Expect(row).ToContainTextAsync("通知编辑（站内消息）");

        await row.GetByRole(AriaRole.Button, new() { Name = $"停用规则“{name}”" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("已停用");
        await Assertions.Expect(admin.Locator($"tr[data-rule=\"{name}\"] [data-field=enabled]")).ToHaveTextAsync("已停用");
    });
}
