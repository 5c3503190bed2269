using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Delegates.Models;
using Portal.Testing;

namespace Portal.Delegates.Tests;

public sealed class AdminPagesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Editors_open_every_delegate_admin_page()
    {
        var editor = await DelegatesDriver.AsAsync(factory, DemoAccounts.Editor, DemoAccounts.EditorPassword);
        var id = await editor.ProfileIdAsync("daibiao-bing");
        var contact = await editor.DbAsync(db => db.Set<VoterContact>().Select(c => c.Id).FirstAsync());
        var point = await editor.DbAsync(db => db.Set<LiaisonPoint>().Select(p => p.Id).FirstAsync());

        Assert.Contains("代表丙", await editor.Client.GetStringAsync("/admin/delegates"));
        Assert.Contains("新建代表资料", await editor.Client.GetStringAsync("/admin/delegates/create"));
        Assert.Contains("示例重点项目甲", await editor.Client.GetStringAsync($"/admin/delegates/{id}/edit"));
        Assert.Contains("第 1 版", await editor.Client.GetStringAsync($"/admin/delegates/{id}/history"));
        Assert.Contains("预览：第", await editor.Client.GetStringAsync($"/admin/delegates/{id}/preview"));
        Assert.Contains("反映的问题（不公开）", await editor.Client.GetStringAsync($"/admin/delegates/contacts/{contact}"));
        Assert.Contains("审核", await editor.Client.GetStringAsync("/admin/delegates/contacts?status=Approved"));
        Assert.Contains("示例企业甲", await editor.Client.GetStringAsync("/admin/liaison-points"));
        Assert.Contains("新建联系点", await editor.Client.GetStringAsync("/admin/liaison-points/create"));
        Assert.Contains("编辑联系点", await editor.Client.GetStringAsync($"/admin/liaison-points/{point}/edit"));
        Assert.Contains("全部或全不", await editor.Client.GetStringAsync("/admin/delegates/import"));
        var template = await editor.Client.Http.GetAsync("/admin/delegates/import/template");
        Assert.Equal(DelegatesDriver.Xlsx, template.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.Client.Http.GetAsync("/admin/delegates/999999/edit")).StatusCode);
    }

    [Fact]
    public async Task A_bad_profile_form_is_shown_again_with_chinese_messages_and_what_was_typed()
    {
        var editor = await DelegatesDriver.AsAsync(factory, DemoAccounts.Editor, DemoAccounts.EditorPassword);
        var fields = DelegatesDriver.ProfileFields("表单错误测试");
        fields["Mandates[0].End"] = "2011-01-01";
        fields["IdNumber"] = "123";
        fields["Biography"] = "保留的简介文字";

        var response = await editor.Client.PostFormAsync("/admin/delegates/create", "/admin/delegates/create", fields);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("不能早于开始日期", html);
        Assert.Contains("身份证号无效", html);
        Assert.Contains("保留的简介文字", html);
        Assert.Equal("表单错误测试", PortalClient.InputValue(html, "Name"));
        Assert.False(await editor.DbAsync(db => db.Set<DelegateIndex>().AnyAsync(d => d.Name == "表单错误测试")));
    }

    [Fact]
    public async Task A_stale_save_is_refused_and_keeps_the_editors_text()
    {
        var first = await DelegatesDriver.AsAsync(factory, DemoAccounts.Editor, DemoAccounts.EditorPassword);
        var second = await DelegatesDriver.AsAsync(factory, DemoAccounts.SecondEditor, DemoAccounts.EditorPassword);
        var id = await first.CreateProfileAsync(DelegatesDriver.ProfileFields("并发测试代表"));
        var stale = PortalClient.InputValue(await second.Client.GetStringAsync($"/admin/delegates/{id}/edit"), "ConcurrencyStamp");
        var fields = DelegatesDriver.ProfileFields("并发测试代表");
        fields["Command"] = "save";
        fields["ConcurrencyStamp"] = PortalClient.InputValue(await first.Client.GetStringAsync($"/admin/delegates/{id}/edit"), "ConcurrencyStamp");
        fields["Unit"] = "第一位编辑的单位";
        Assert.Equal(HttpStatusCode.Redirect, (await first.Client.PostFormAsync($"/admin/delegates/{id}/edit", $"/admin/delegates/{id}/edit", fields)).StatusCode);

        fields["ConcurrencyStamp"] = stale;
        fields["Unit"] = "第二位编辑的单位";
        var response = await second.Client.PostFormAsync($"/admin/delegates/{id}/edit", $"/admin/delegates/{id}/edit", fields);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("已被他人修改", html);
        Assert.Equal("第二位编辑的单位", PortalClient.InputValue(html, "Unit"));
    }

    [Fact]
    public async Task Liaison_points_are_kept_by_editors_and_one_with_links_cannot_be_deleted()
    {
        var editor = await DelegatesDriver.AsAsync(factory, DemoAccounts.Editor, DemoAccounts.EditorPassword);
        var bad = await editor.Client.PostFormAsync("/admin/liaison-points/create", "/admin/liaison-points/save",
            new() { ["Name"] = "新联系点", ["Slug"] = "shili-qiye-jia", ["Type"] = "Enterprise" });
        Assert.Contains("已被其他联系点使用", await bad.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await editor.Client.PostFormAsync("/admin/liaison-points/create", "/admin/liaison-points/save",
            new() { ["Name"] = "示例企业丙", ["Slug"] = "shili-qiye-bing", ["Type"] = "Enterprise", ["Location"] = "示例路", ["Description"] = "**示例**企业" })).StatusCode);
        var reader = PortalClient.Create(factory);
        Assert.Contains("<strong>示例</strong>企业", await reader.GetStringAsync("/liaison-points/shili-qiye-bing"));
        Assert.Contains("示例企业丙", await reader.GetStringAsync("/liaison-points"));

        var linked = await editor.DbAsync(db => db.Set<LiaisonPoint>().Where(p => p.Slug == "shili-qiye-jia").Select(p => p.Id).SingleAsync());
        await editor.Client.PostFormAsync("/admin/liaison-points", $"/admin/liaison-points/{linked}/delete", new());
        Assert.Contains("还有代表联系，不能删除", await editor.Client.GetStringAsync("/admin/liaison-points"));
        Assert.Equal(HttpStatusCode.OK, (await reader.Http.GetAsync("/liaison-points/shili-qiye-jia")).StatusCode);
    }
}
