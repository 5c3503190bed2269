using Portal.Contests.Models;
using Portal.Contests.Rules;

namespace Portal.Contests.Tests;

public sealed class EntryRulesTests
{
    private static readonly ContestTrack Essay = new() { Kind = TrackKind.Essay, Name = "征文", MinLength = 10, MaxLength = 20, MaxEntriesPerPerson = 1 };
    private static readonly ContestTrack Idea = new() { Kind = TrackKind.GoldenIdea, Name = "金点子", MinLength = 6, MaxLength = 9, MaxEntriesPerPerson = 3 };

    private static EntryText Text(string body = "", string title = "标题", string unit = "示例单位", string problem = "", string suggestion = "", string effect = "") =>
        new(title, unit, body, problem, suggestion, effect);

    [Fact]
    public void Whitespace_does_not_count() => Assert.Equal(4, EntryRules.CountCharacters(" 一 二\n三\t四 "));

    [Fact]
    public void An_essay_within_its_limits_may_be_submitted() =>
        Assert.Empty(EntryRules.ValidateForSubmission(Essay, Text(new string('字', 15))));

    [Fact]
    public void Text_over_the_limit_is_refused_with_the_count()
    {
        var errors = EntryRules.ValidateForSubmission(Essay, Text(new string('字', 21)));
        Assert.Contains(errors, e => e.Contains("最多 20 字") && e.Contains("当前 21 字"));
    }

    [Fact]
    public void Text_under_the_minimum_is_refused() =>
        Assert.Contains(EntryRules.ValidateForSubmission(Essay, Text("太短")), e => e.Contains("至少 10 字"));

    [Fact]
    public void A_golden_idea_counts_its_three_parts_and_needs_each_of_them()
    {
        Assert.Empty(EntryRules.ValidateForSubmission(Idea, Text(problem: "问题问题", suggestion: "建议建", effect: "效果")));
        Assert.Contains(EntryRules.ValidateForSubmission(Idea, Text(problem: "问题问题问题", suggestion: "建议建议", effect: "效果")), e => e.Contains("最多 9 字"));
        Assert.Contains(EntryRules.ValidateForSubmission(Idea, Text(problem: "问题问题", suggestion: "建议建议")), e => e.Contains("预期效果"));
    }

    [Fact]
    public void Submission_needs_a_title_and_a_unit()
    {
        var errors = EntryRules.ValidateForSubmission(Essay, Text(new string('字', 15), title: " ", unit: ""));
        Assert.Contains("请填写标题。", errors);
        Assert.Contains("请填写您的单位。", errors);
    }

    [Fact]
    public void A_draft_keeps_text_over_the_track_limit_but_not_beyond_the_hard_cap()
    {
        Assert.Empty(EntryRules.ValidateDraft(Text(new string('字', 5000))));
        Assert.NotEmpty(EntryRules.ValidateDraft(Text(new string('字', EntryRules.DraftFieldMaxLength + 1))));
    }

    [Fact]
    public void The_per_person_limit_counts_other_submitted_entries()
    {
        Assert.Null(EntryRules.CheckEntryLimit(Idea, 2));
        Assert.Contains("每人最多提交 3 件", EntryRules.CheckEntryLimit(Idea, 3));
    }

    [Fact]
    public void Only_the_contest_roles_may_enter()
    {
        var contest = new Contest { EligibleRoles = "Delegate,Editor" };
        Assert.True(EntryRules.MayEnter(["Delegate"], contest));
        Assert.False(EntryRules.MayEnter(["Judge"], contest));
    }

    [Fact]
    public void Receipt_numbers_name_the_track_the_year_and_the_entry()
    {
        Assert.Equal("ZW2026-000123", ReceiptNumbers.Format(TrackKind.Essay, 2026, 123));
        Assert.Equal("JD2012-000007", ReceiptNumbers.Format(TrackKind.GoldenIdea, 2012, 7));
    }
}
