using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Portal.Search.Services;
using Portal.Testing;
using static Portal.Study.Tests.StudyDriver;

namespace Portal.Study.Tests;

/// <summary>The public study summary in the site search: one result per year, with what the year's plan shows and nothing more.</summary>
public sealed partial class SummarySearchTests(StudyPortal portal) : IClassFixture<StudyPortal>
{
    [Fact]
    public async Task The_demo_years_summary_is_found_by_a_sessions_title()
    {
        Assert.Contains("/study/2012", await ResultLinksAsync("个人自学"));
    }

    [Fact]
    public async Task A_planned_session_is_found_under_its_year_and_a_moved_one_under_its_new_year()
    {
        var organiser = await portal.SignInAsync(Organiser);
        var id = await PlanSessionAsync(organiser, "红树林保护条例学习", new DateTime(2013, 3, 5, 9, 0, 0), TimeSpan.FromHours(2));
        Assert.Equal(["/study/2013"], await ResultLinksAsync("红树林保护条例"));

        var edit = await organiser.GetStringAsync($"/admin/study/sessions/{id}/edit");
        var moved = await organiser.PostFormAsync($"/admin/study/sessions/{id}/edit", "/admin/study/sessions/save", new()
        {
            ["Id"] = id.ToString(),
            ["Title"] = PortalClient.InputValue(edit, "Title"),
            ["Topic"] = "监督法",
            ["Form"] = "Collective",
            ["StartsAt"] = "2014-03-05T09:00",
            ["EndsAt"] = "2014-03-05T11:00",
        });
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);

        Assert.Equal(["/study/2014"], await ResultLinksAsync("红树林保护条例"));
    }

    [Fact]
    public async Task What_the_public_summary_does_not_show_is_not_found()
    {
        var organiser = await portal.SignInAsync(Organiser);
        await PlanSessionAsync(organiser, "海岸线管理规定学习", new DateTime(2013, 4, 8, 9, 0, 0), TimeSpan.FromHours(2));

        Assert.Contains("/study/2013", await ResultLinksAsync("海岸线管理规定"));
        Assert.DoesNotContain(await ResultLinksAsync("三楼会议室"), link => link.StartsWith("/study", StringComparison.Ordinal));
    }

    private async Task<IReadOnlyList<string>> ResultLinksAsync(string query)
    {
        await portal.App.Services.GetRequiredService<SearchIndexer>().CatchUpAsync();
        var html = await portal.Anonymous().GetStringAsync("/search?q=" + Uri.EscapeDataString(query));
        return [.. ResultLink().Matches(html).Select(m => m.Groups[1].Value)];
    }

    [GeneratedRegex("<h2><a href=\"([^\"]+)\">")]
    private static partial Regex ResultLink();
}
