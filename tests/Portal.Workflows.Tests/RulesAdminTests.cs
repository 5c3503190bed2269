using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Auditing;
using Portal.Testing;
using Portal.Workflows.Models;

namespace Portal.Workflows.Tests;

public sealed class RulesAdminTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_fresh_install_has_the_default_rules_switched_on()
    {
        var admin = await PortalClient.SignedInAsync(factory, DemoAccounts.Admin, DemoAccounts.AdminPassword);

        var page = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/rules"));

        foreach (var name in new[] { "征集截止前三天提醒代表", "收到参赛作品时告知活动管理人员", "获奖金点子转为台账任务", "台账任务到期前七天提醒责任人", "台账任务逾期通报", "内容撤下时告知作者并记录", "每周一提醒处理审核队列" })
        {
            Assert.Contains($"data-rule=\"{name}\"", page);
        }

        Assert.DoesNotContain("已停用", page);
    }

    [Fact]
    public async Task A_rule_with_no_action_and_a_malformed_schedule_is_refused_in_Chinese_keeping_what_was_typed()
    {
        var admin = await PortalClient.SignedInAsync(factory, DemoAccounts.Admin, DemoAccounts.AdminPassword);

        var response = await admin.PostFormAsync("/admin/rules/create", "/admin/rules/save", new()
        {
            ["Name"] = "周报提醒（错误示例）",
            ["Enabled"] = "true",
            ["Trigger"] = nameof(RuleTrigger.Schedule),
            ["Schedule"] = "每周一早上",
            ["NotifyUsers"] = "editor、nobody",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("计划时间的格式不正确", page);
        Assert.Contains("用户 nobody 不存在或已停用", page);
        Assert.Equal("周报提醒（错误示例）", PortalClient.InputValue(page, "Name"));
        Assert.Equal("每周一早上", PortalClient.InputValue(page, "Schedule"));

        var noAction = await admin.PostFormAsync("/admin/rules/create", "/admin/rules/save", new()
        {
            ["Name"] = "周报提醒（错误示例）",
            ["Trigger"] = nameof(RuleTrigger.Schedule),
            ["Schedule"] = "0 0 9 ? * MON",
        });
        Assert.Equal(HttpStatusCode.BadRequest, noAction.StatusCode);
        Assert.Contains("规则至少需要一个动作", WebUtility.HtmlDecode(await noAction.Content.ReadAsStringAsync()));

        await using var scope = factory.CreateScope();
        Assert.False(await factory.Db(scope).Set<WorkflowRule>().AnyAsync(r => r.Name == "周报提醒（错误示例）"));
    }

    [Fact]
    public async Task An_administrator_creates_changes_switches_off_and_deletes_a_rule_and_each_step_is_audited()
    {
        var admin = await PortalClient.SignedInAsync(factory, DemoAccounts.Admin, DemoAccounts.AdminPassword);
        var created = await admin.PostFormAsync("/admin/rules/create", "/admin/rules/save", new()
        {
            ["Name"] = "法规发布告知评委",
            ["Enabled"] = "true",
            ["Trigger"] = nameof(RuleTrigger.ContentPublished),
            ["ContentType"] = "Regulation",
            ["NotifyUsers"] = "judge",
            ["NotifyByMail"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await RuleIdAsync("法规发布告知评委");
        var list = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/rules"));
        Assert.Contains("规则“法规发布告知评委”已创建", list);
        Assert.Contains("类型：规章制度", list);
        Assert.Contains("通知judge（站内消息和邮件）", list);

        var editPage = await admin.GetStringAsync($"/admin/rules/{id}/edit");
        var stamp = PortalClient.InputValue(editPage, "ConcurrencyStamp");
        var edited = await admin.PostFormAsync($"/admin/rules/{id}/edit", "/admin/rules/save", new()
        {
            ["Id"] = id.ToString(),
            ["ConcurrencyStamp"] = stamp,
            ["Name"] = "法规发布告知评委和编辑",
            ["Enabled"] = "true",
            ["Trigger"] = nameof(RuleTrigger.ContentPublished),
            ["ContentType"] = "Regulation",
            ["NotifyRoles"] = "Editor",
            ["NotifyUsers"] = "judge",
        });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);

        var stale = await admin.PostFormAsync($"/admin/rules/{id}/edit", "/admin/rules/save", new()
        {
            ["Id"] = id.ToString(),
            ["ConcurrencyStamp"] = stamp,
            ["Name"] = "旧页面上的修改",
            ["Trigger"] = nameof(RuleTrigger.ContentPublished),
            ["WriteAuditLog"] = "true",
        });
        Assert.Equal(HttpStatusCode.BadRequest, stale.StatusCode);
        Assert.Contains("此规则在您编辑期间已被他人修改", WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()));

        await admin.PostFormAsync("/admin/rules", $"/admin/rules/{id}/disable", []);
        Assert.Contains("规则“法规发布告知评委和编辑”已停用", WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/rules")));
        await admin.PostFormAsync("/admin/rules", $"/admin/rules/{id}/delete", []);
        Assert.DoesNotContain("data-rule=\"法规发布告知评委和编辑\"", WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/rules")));

        await using var scope = factory.CreateScope();
        var audit = await factory.Db(scope).Set<AuditEntry>().Where(a => a.EntityType == "规则" && a.EntityId == id.ToString())
            .OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
        Assert.Equal(["创建规则", "修改规则", "停用规则", "删除规则"], audit);
    }

    [Fact]
    public async Task Only_holders_of_the_workflows_permission_reach_the_rules()
    {
        var editor = await PortalClient.SignedInAsync(factory, DemoAccounts.Editor, DemoAccounts.EditorPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.Http.GetAsync("/admin/rules")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.Http.GetAsync("/admin/rules/runs")).StatusCode);
        var post = await editor.PostFormAsync("/admin", "/admin/rules/save", new() { ["Name"] = "越权规则", ["Trigger"] = "ContentPublished", ["WriteAuditLog"] = "true" });
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);

        var anonymous = PortalClient.Create(factory);
        var redirect = await anonymous.Http.GetAsync("/admin/rules");
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Contains("/account/login", redirect.Headers.Location!.OriginalString);
    }

    private async Task<int> RuleIdAsync(string name)
    {
        await using var scope = factory.CreateScope();
        return await factory.Db(scope).Set<WorkflowRule>().Where(r => r.Name == name).Select(r => r.Id).SingleAsync();
    }
}
