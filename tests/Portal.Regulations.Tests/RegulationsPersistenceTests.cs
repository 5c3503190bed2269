using System.Net;
using Portal.Testing;

namespace Portal.Regulations.Tests;

/// <summary>The library's paths that touch the database, on SQLite and PostgreSQL.</summary>
public sealed class RegulationsPersistenceTests
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_document_is_filed_repealed_and_withdrawn(string provider)
    {
        using var factory = PortalFactory.With(BothDatabases.Create(provider));
        var editor = new RegulationsAdminDriver(await PortalClient.SignedInAsync(factory, DemoAccounts.Editor, DemoAccounts.EditorPassword));
        var reader = PortalClient.Create(factory);

        Assert.Contains("规范性文件 18 件", await reader.GetStringAsync("/regulations"));
        var old = await editor.CreateAsync(new()
        {
            ["Title"] = "演示用旧制度", ["Kind"] = "WorkRule", ["Validity"] = "InForce", ["AdoptedOn"] = "2010-01-05", ["Slug"] = "demo-old-rule", ["Command"] = "publish",
        }, (RegulationsAdminDriver.Pdf, "旧制度.pdf"));
        var repeal = await editor.CreateAsync(new()
        {
            ["Title"] = "演示用新制度", ["Kind"] = "WorkRule", ["Validity"] = "InForce", ["AdoptedOn"] = "2012-12-05", ["Slug"] = "demo-new-rule", ["Command"] = "publish",
        }, more: [("RepealsIds", old.ToString())]);

        var oldPage = await reader.GetStringAsync("/regulations/demo-old-rule");
        Assert.Contains("data-field=\"validity\">已废止<", oldPage);
        Assert.Contains("/regulations/demo-new-rule", oldPage);
        Assert.Equal(HttpStatusCode.OK, (await reader.Http.GetAsync("/regulations/demo-old-rule/files/1")).StatusCode);

        // Withdrawn, the repeal no longer counts: the old rule is in force again.
        Assert.Equal(HttpStatusCode.Redirect, (await editor.ActionAsync(repeal, "delete")).StatusCode);
        Assert.Contains("data-field=\"validity\">有效<", await reader.GetStringAsync("/regulations/demo-old-rule"));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.Http.GetAsync("/regulations/demo-new-rule")).StatusCode);
    }
}
