using System.Text.RegularExpressions;
using Portal.Core.Hosting;

namespace Portal.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class StudyJourneyTests(BrowserPortal portal) : Journey(portal)
{
    private const string Password = "staff2012";

    [Fact]
    public Task Organiser_plans_a_session_a_leave_is_approved_a_member_signs_in_by_phone_and_the_sheet_is_right() => RunAsync("study", async () =>
    {
        // The organiser plans a collective session that is on now (the real clock: the server's window is checked against it).
        var title = "《监督法》集中学习" + Guid.NewGuid().ToString("N")[..4];
        var now = DateTime.UtcNow.ToChinaTime();
        var organiser = await SignInAsync("organiser", Password);
        await organiser.GetByRole(AriaRole.Navigation, new() { Name = "后台菜单" }).GetByRole(AriaRole.Link, new() { Name = "学习日程" }).ClickAsync();
        await organiser.GetByRole(AriaRole.Link, new() { Name = "安排学习活动" }).ClickAsync();
        await organiser.GetByLabel("名称").FillAsync(title);
        await organiser.GetByLabel("学习专题").FillAsync("监督法");
        await organiser.GetByLabel("学习形式").SelectOptionAsync(new SelectOptionValue { Label = "集中学习" });
        await organiser.GetByLabel("开始时间").FillAsync(now.AddMinutes(-5).ToString("yyyy-MM-ddTHH:mm"));
        await organiser.GetByLabel("结束时间").FillAsync(now.AddHours(1).ToString("yyyy-MM-ddTHH:mm"));
        await organiser.GetByLabel("地点").FillAsync("常委会机关三楼会议室");
        await organiser.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(organiser.GetByRole(AriaRole.Status)).ToContainTextAsync("已安排学习活动");
        await Assertions.Expect(organiser.GetByRole(AriaRole.Img, new() { Name = "签到二维码" })).ToBeVisibleAsync();
        var sessionUrl = organiser.Url;
        var signInLink = await organiser.Locator("[data-sign-in-link]").GetAttributeAsync("href");

        // A staff member asks for leave; the head of their branch approves it.
        var staff1 = await SignInAsync("staff1", Password);
        await staff1.GotoAsync(sessionUrl);
        await staff1.GetByLabel("请假事由").FillAsync("参加市里组织的专题培训。");
        await staff1.GetByRole(AriaRole.Button, new() { Name = "提交请假申请" }).ClickAsync();
        await Assertions.Expect(staff1.GetByRole(AriaRole.Status)).ToContainTextAsync("请假申请已提交");

        var head = await SignInAsync("branchhead", Password);
        await head.GetByRole(AriaRole.Navigation, new() { Name = "后台菜单" }).GetByRole(AriaRole.Link, new() { Name = "请销假" }).ClickAsync();
        await head.GetByRole(AriaRole.Button, new() { Name = "批准干部甲的请假", Exact = true }).ClickAsync();
        await Assertions.Expect(head.GetByRole(AriaRole.Status)).ToContainTextAsync("已批准请假");

        // Another staff member scans the code with a phone: the login comes first, then the confirmation.
        var phone = await OpenAsync("staff2-phone");
        await phone.SetViewportSizeAsync(390, 844);
        await phone.GotoAsync(signInLink!);
        await Assertions.Expect(phone).ToHaveURLAsync(new Regex("/account/login"));
        await phone.GetByLabel("用户名").FillAsync("staff2");
        await phone.GetByLabel("密码", new() { Exact = true }).FillAsync(Password);
        await phone.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        await Assertions.Expect(phone).ToHaveURLAsync(new Regex("/study/sign-in/"));
        await Assertions.Expect(phone.GetByText(title)).ToBeVisibleAsync();
        var confirm = phone.GetByRole(AriaRole.Button, new() { Name = "确认签到" });
        Assert.True((await confirm.BoundingBoxAsync())!.Width <= 390);
        await confirm.ClickAsync();
        await Assertions.Expect(phone.GetByRole(AriaRole.Status)).ToContainTextAsync("签到成功");
        await Assertions.Expect(phone.Locator("[data-signed-in]")).ToHaveTextAsync("您已签到。");

        // The organiser's sheet: present, on leave, not yet signed in.
        await organiser.ReloadAsync();
        var sheet = organiser.GetByRole(AriaRole.Region, new() { Name = "签到表" });
        await Assertions.Expect(sheet.Locator("tr[data-member=干部乙] [data-field=attendance]")).ToHaveTextAsync("出席");
        await Assertions.Expect(sheet.Locator("tr[data-member=干部甲] [data-field=attendance]")).ToHaveTextAsync("请假");
        await Assertions.Expect(sheet.Locator("tr[data-member=干部丙] [data-field=attendance]")).ToHaveTextAsync("未签到");
        await Assertions.Expect(sheet.Locator("[data-count=present]")).ToHaveTextAsync("1");
        await Assertions.Expect(sheet.Locator("[data-count=leave]")).ToHaveTextAsync("1");
    });
}
