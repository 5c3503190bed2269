using System.Globalization;
using Portal.Testing;

namespace Portal.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class DelegateJourneyTests(BrowserPortal portal) : Journey(portal)
{
    [Fact]
    public Task Delegate_records_a_voter_contact_an_editor_approves_it_and_a_reader_sees_the_count() => RunAsync("delegate-contact", async () =>
    {
        var topic = "座谈示例社区的停车难问题 " + Guid.NewGuid().ToString("N")[..4];
        var reader = await OpenAsync("reader");
        await reader.GotoAsync("/delegates");
        await reader.GetByRole(AriaRole.Link, new() { Name = "代表甲", Exact = true }).ClickAsync();
        await reader.WaitForURLAsync("**/delegates/daibiao-jia");
        var before = int.Parse(await reader.Locator("[data-field=contact-count]").InnerTextAsync(), CultureInfo.InvariantCulture);

        // The demo delegate finds their records from the dashboard and adds one.
        var delegatePage = await SignInAsync(DemoAccounts.Delegate, DemoAccounts.DelegatePassword);
        await delegatePage.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "我的联系选民记录" }).ClickAsync();
        await delegatePage.WaitForURLAsync("**/my/contacts");
        await delegatePage.GetByRole(AriaRole.Link, new() { Name = "新增记录" }).ClickAsync();
        await delegatePage.GetByLabel("联系日期").FillAsync("2012-12-10");
        await delegatePage.GetByLabel("形式").SelectOptionAsync(new SelectOptionValue { Label = "座谈" });
        await delegatePage.GetByLabel("地点（不公开）").FillAsync("示例社区居委会");
        await delegatePage.GetByLabel("参加人数").FillAsync("18");
        await delegatePage.GetByLabel("联系点").SelectOptionAsync(new SelectOptionValue { Label = "示例选民小组一" });
        await delegatePage.GetByLabel("公开摘要").FillAsync(topic);
        await delegatePage.GetByLabel("反映的问题（不公开）").FillAsync("居民反映小区周边停车位不足。");
        await delegatePage.GetByRole(AriaRole.Button, new() { Name = "提交审核" }).ClickAsync();
        await delegatePage.WaitForURLAsync("**/my/contacts");
        await Assertions.Expect(delegatePage.GetByRole(AriaRole.Status)).ToContainTextAsync("等待编辑审核");
        await Assertions.Expect(delegatePage.GetByRole(AriaRole.Row).Filter(new() { HasText = topic })).ToContainTextAsync("待审核");

        // Not public yet.
        await reader.ReloadAsync();
        await Assertions.Expect(reader.Locator("[data-field=contact-count]")).ToHaveTextAsync(before.ToString(CultureInfo.InvariantCulture));

        // An editor approves it from the review list.
        var editor = await SignInAsEditorAsync();
        await editor.GetByRole(AriaRole.Navigation, new() { Name = "后台菜单" }).GetByRole(AriaRole.Link, new() { Name = "联系选民记录审核" }).ClickAsync();
        await editor.GetByRole(AriaRole.Row).Filter(new() { HasText = topic }).GetByRole(AriaRole.Link, new() { Name = "审核" }).ClickAsync();
        await Assertions.Expect(editor.Locator("[data-field=review]")).ToHaveTextAsync("待审核");
        await editor.GetByRole(AriaRole.Button, new() { Name = "审核通过" }).ClickAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Status).Filter(new() { HasText = "已审核通过" })).ToBeVisibleAsync();

        // The reader now sees one more contact and its summary, but not where it was or what was said.
        await reader.ReloadAsync();
        await Assertions.Expect(reader.Locator("[data-field=contact-count]")).ToHaveTextAsync((before + 1).ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(reader.GetByText(topic)).ToBeVisibleAsync();
        await Assertions.Expect(reader.GetByText("示例社区居委会")).ToHaveCountAsync(0);
        await Assertions.Expect(reader.GetByText("居民反映小区周边停车位不足。")).ToHaveCountAsync(0);
    });
}
