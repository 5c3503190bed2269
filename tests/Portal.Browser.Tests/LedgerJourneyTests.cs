using System.Text.RegularExpressions;
using Portal.Testing;

namespace Portal.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class LedgerJourneyTests(BrowserPortal portal) : Journey(portal)
{
    private const string TaskTitle = "主任会议议题前期准备";
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    [Fact]
    public Task Owner_posts_a_progress_update_and_completes_a_task_and_the_public_dashboard_follows() => RunAsync("ledger", async () =>
    {
        var reader = await OpenAsync("reader");
        var problems = new List<string>();
        reader.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add("console: " + message.Text);
            }
        };
        reader.PageError += (_, error) => problems.Add("page error: " + error);
        await reader.GotoAsync("/ledger/2012");
        Assert.Equal("52", await reader.Locator("[data-figure=total]").TextContentAsync());
        var doneBefore = int.Parse((await reader.Locator("[data-figure=done]").TextContentAsync())!);
        await Assertions.Expect(reader.GetByRole(AriaRole.Img, new() { Name = "各方面任务完成情况" })).ToBeVisibleAsync();

        // The owner finds the task among their own and reports progress, with a picture, for the public.
        var owner = await SignInAsync(DemoAccounts.Author, DemoAccounts.AuthorPassword);
        await owner.GetByRole(AriaRole.Navigation, new() { Name = "后台菜单" }).GetByRole(AriaRole.Link, new() { Name = "我负责的任务" }).ClickAsync();
        await owner.GetByRole(AriaRole.Link, new() { Name = TaskTitle }).ClickAsync();
        await owner.WaitForURLAsync(new Regex("/admin/ledger/tasks/\\d+$"));
        var note = "议题材料已送主任会议审阅。" + Guid.NewGuid().ToString("N")[..6];
        var report = owner.GetByRole(AriaRole.Region, new() { Name = "更新进展" });
        await report.GetByLabel("进度（%）").FillAsync("80");
        await report.GetByLabel("进展情况").FillAsync(note);
        await report.GetByLabel("公开（在公众页面显示，附件可下载）").CheckAsync();
        await report.GetByLabel("附件（佐证材料，可多选）").SetInputFilesAsync(new FilePayload { Name = "会议材料.png", MimeType = "image/png", Buffer = Png });
        await report.GetByRole(AriaRole.Button, new() { Name = "提交进展" }).ClickAsync();
        await Assertions.Expect(owner.GetByRole(AriaRole.Status).Filter(new() { HasText = "进展已提交" })).ToBeVisibleAsync();
        await Assertions.Expect(owner.Locator(".ledger-timeline")).ToContainTextAsync(note);
        await Assertions.Expect(owner.Locator(".ledger-timeline")).ToContainTextAsync("进度：50% → 80%");

        // ...then completes it.
        await report.GetByLabel("状态").SelectOptionAsync(new SelectOptionValue { Label = "已完成" });
        await report.GetByLabel("进展情况").FillAsync("议题已提交主任会议。");
        await report.GetByRole(AriaRole.Button, new() { Name = "提交进展" }).ClickAsync();
        await Assertions.Expect(owner.GetByRole(AriaRole.Status).Filter(new() { HasText = "进展已提交" })).ToBeVisibleAsync();
        await Assertions.Expect(owner.Locator(".ledger-details [data-field=status]")).ToHaveTextAsync("已完成");
        await Assertions.Expect(owner.Locator(".ledger-timeline")).ToContainTextAsync("状态：进行中 → 已完成");

        // The public dashboard counts it at once, and the task page shows the note and its picture.
        await reader.ReloadAsync();
        await Assertions.Expect(reader.Locator("[data-figure=done]")).ToHaveTextAsync((doneBefore + 1).ToString());
        await reader.GetByRole(AriaRole.Link, new() { Name = "执法检查与专题询问", Exact = true }).ClickAsync();
        await reader.GetByRole(AriaRole.Link, new() { Name = TaskTitle }).ClickAsync();
        await Assertions.Expect(reader.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(TaskTitle);
        await Assertions.Expect(reader.Locator(".ledger-details [data-field=status]")).ToHaveTextAsync("已完成");
        await Assertions.Expect(reader.Locator(".ledger-timeline")).ToContainTextAsync(note);
        await Assertions.Expect(reader.GetByRole(AriaRole.Link, new() { Name = "会议材料.png" })).ToBeVisibleAsync();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    });
}
