using System.Text;
using System.Text.RegularExpressions;
using Portal.Core.Hosting;
using Portal.Testing;

namespace Portal.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ContestJourneyTests(BrowserPortal portal) : Journey(portal)
{
    private const string ContestTitle = "2026年“代表建言献策”征文和“金点子”征集";
    private const string Unit = "示例县人大常委会";

    [Fact]
    public Task Delegate_writes_loses_the_session_finds_the_draft_submits_judge_scores_blind_admin_publishes_reader_sees_the_winner() =>
        RunAsync("contest", async () =>
        {
            var title = "浏览器测试征文：做好联系选民工作 " + Guid.NewGuid().ToString("N")[..6];
            var body = string.Concat(Enumerable.Repeat("人大代表要密切联系群众，认真听取和反映群众的意见和要求。", 20));

            // The delegate finds the open contest and starts an essay; the draft is saved by the page's script after 30 s.
            var author = await SignInAsync(DemoAccounts.Delegate, DemoAccounts.DelegatePassword);
            await author.Clock.InstallAsync();
            await author.GotoAsync("/contests");
            await author.GetByRole(AriaRole.Link, new() { Name = ContestTitle }).ClickAsync();
            await Assertions.Expect(author.Locator("[data-field=phase]")).ToHaveTextAsync("征集中");
            await author.GetByRole(AriaRole.Link, new() { Name = "我要投稿（征文）" }).ClickAsync();
            await author.GetByLabel("标题").FillAsync(title);
            await author.GetByLabel("单位").FillAsync(Unit);
            await author.GetByLabel("正文").FillAsync(body);
            await author.GetByLabel("如获奖，同意在网站公开作品全文").CheckAsync();
            await author.Clock.FastForwardAsync("00:31");
            await Assertions.Expect(author.Locator("[data-autosave-status]")).ToContainTextAsync("自动保存");
            await author.WaitForURLAsync(new Regex(@"/my/entries/\d+$"));

            // The session ends (cookies gone); signing in again, the delegate finds the draft in 我的作品.
            await author.Context.ClearCookiesAsync();
            await author.ReloadAsync();
            await author.WaitForURLAsync("**/account/login**");
            await author.GetByLabel("用户名").FillAsync(DemoAccounts.Delegate);
            await author.GetByLabel("密码", new() { Exact = true }).FillAsync(DemoAccounts.DelegatePassword);
            await author.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
            await author.GotoAsync("/my/entries");
            var row = author.GetByRole(AriaRole.Row).Filter(new() { HasText = title });
            await Assertions.Expect(row).ToContainTextAsync("草稿");
            await row.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
            await Assertions.Expect(author.GetByLabel("正文")).ToHaveValueAsync(body);

            // An attachment, then the submission with its receipt.
            await author.GetByLabel("上传附件").SetInputFilesAsync(new FilePayload
            {
                Name = "代表甲的调研材料.pdf",
                MimeType = "application/pdf",
                Buffer = Encoding.ASCII.GetBytes("%PDF-1.4\n% demo attachment\n"),
            });
            await author.GetByRole(AriaRole.Button, new() { Name = "上传", Exact = true }).ClickAsync();
            await Assertions.Expect(author.GetByRole(AriaRole.Status).Filter(new() { HasText = "已上传" })).ToBeVisibleAsync();
            await author.GetByRole(AriaRole.Button, new() { Name = "提交作品" }).ClickAsync();
            await author.WaitForURLAsync(new Regex(@"/my/entries/\d+/receipt$"));
            await Assertions.Expect(author.Locator("[data-field=receipt]")).ToHaveTextAsync(new Regex(@"^ZW2026-\d{6}$"));

            // The administrator closes the collection, appoints the judges and assigns them.
            var admin = await SignInAsync(DemoAccounts.Admin, DemoAccounts.AdminPassword);
            admin.Dialog += (_, dialog) => dialog.AcceptAsync();
            await admin.GotoAsync("/admin/contests");
            await admin.GetByRole(AriaRole.Link, new() { Name = ContestTitle }).ClickAsync();
            var closed = DateTime.UtcNow.AddMinutes(-1).ToChinaTime().ToString("yyyy-MM-ddTHH:mm:ss");
            await admin.GetByLabel("截止时间（北京时间）").FillAsync(closed);
            await admin.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
            await Assertions.Expect(admin.Locator("[data-field=phase]")).ToHaveTextAsync("评审中");
            await admin.GetByRole(AriaRole.Link, new() { Name = "评审管理" }).ClickAsync();
            var essays = admin.Locator("section.card").Filter(new() { Has = admin.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^征文") }) });
            await essays.GetByLabel("评委甲").CheckAsync();
            await essays.GetByLabel("评委乙").CheckAsync();
            await essays.GetByRole(AriaRole.Button, new() { Name = "保存评委" }).ClickAsync();
            await admin.Locator("section.card").Filter(new() { Has = admin.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^征文") }) })
                .GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^自动分配") }).ClickAsync();
            await Assertions.Expect(admin.GetByRole(AriaRole.Status).Filter(new() { HasText = "已自动分配" })).ToBeVisibleAsync();

            // The judge scores it without seeing who wrote it.
            var judge = await SignInAsync(DemoAccounts.Judge, DemoAccounts.JudgePassword);
            judge.Dialog += (_, dialog) => dialog.AcceptAsync();
            await judge.GotoAsync("/admin/judging");
            await judge.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
            var review = await judge.Locator("main").InnerTextAsync();
            Assert.Contains("联系群众", review);
            Assert.DoesNotContain("代表甲", review);
            Assert.DoesNotContain(Unit, review);
            await Assertions.Expect(judge.GetByRole(AriaRole.Link, new() { Name = "作品附件-1.pdf" })).ToBeVisibleAsync();
            await judge.GetByLabel("主题契合（0–30 分）").FillAsync("28");
            await judge.GetByLabel("观点见解（0–30 分）").FillAsync("27");
            await judge.GetByLabel("可行性（0–20 分）").FillAsync("18");
            await judge.GetByLabel("文字表达（0–20 分）").FillAsync("17");
            await judge.GetByLabel("评语").FillAsync("立意明确，建议具体。");
            await judge.GetByRole(AriaRole.Button, new() { Name = "提交评分" }).ClickAsync();
            await Assertions.Expect(judge.GetByRole(AriaRole.Status).Filter(new() { HasText = "评分已提交并锁定" })).ToBeVisibleAsync();

            // The administrator gives the award and publishes the results.
            await admin.GotoAsync(admin.Url.Replace("/judging", "/judging/results"));
            var resultRow = admin.GetByRole(AriaRole.Row).Filter(new() { HasText = title });
            await Assertions.Expect(resultRow).ToContainTextAsync("90.00");
            await resultRow.GetByLabel("奖项").SelectOptionAsync("一等奖");
            await admin.GetByRole(AriaRole.Button, new() { Name = "保存奖项" }).ClickAsync();
            await Assertions.Expect(admin.GetByRole(AriaRole.Status).Filter(new() { HasText = "奖项已保存" })).ToBeVisibleAsync();
            await admin.GotoAsync(admin.Url.Replace("/judging/results", "/edit"));
            await admin.GetByRole(AriaRole.Button, new() { Name = "发布评审结果" }).ClickAsync();
            await Assertions.Expect(admin.GetByRole(AriaRole.Status).Filter(new() { HasText = "评审结果已发布" })).ToBeVisibleAsync();

            // A reader sees the winner, with the author, and reads the text the author allowed.
            var reader = await OpenAsync("reader");
            await reader.GotoAsync("/");
            await reader.GetByRole(AriaRole.Navigation, new() { Name = "主导航" }).GetByRole(AriaRole.Link, new() { Name = "征文活动" }).ClickAsync();
            await reader.GetByRole(AriaRole.Link, new() { Name = ContestTitle }).ClickAsync();
            await Assertions.Expect(reader.Locator("[data-field=phase]")).ToHaveTextAsync("已揭晓");
            await reader.GetByRole(AriaRole.Link, new() { Name = "查看评选结果" }).ClickAsync();
            var winner = reader.Locator("li").Filter(new() { HasText = title });
            await Assertions.Expect(winner).ToContainTextAsync("一等奖");
            await Assertions.Expect(winner).ToContainTextAsync($"代表甲（{Unit}）");
            await winner.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
            await Assertions.Expect(reader.Locator(".entry-text")).ToContainTextAsync("联系群众");
        });
}
