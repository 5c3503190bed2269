using Portal.Regulations.Models;
using Portal.Regulations.Rules;

namespace Portal.Regulations.Tests;

public sealed class RegulationRulesTests
{
    [Fact]
    public void A_repeal_outweighs_an_amendment_and_both_outweigh_the_recorded_validity()
    {
        Assert.Equal(Validity.InForce, RegulationStatusRules.Effective(Validity.InForce, []));
        Assert.Equal(Validity.Repealed, RegulationStatusRules.Effective(Validity.Repealed, []));
        Assert.Equal(Validity.Amended, RegulationStatusRules.Effective(Validity.InForce, [ChangeKind.Amends]));
        Assert.Equal(Validity.Repealed, RegulationStatusRules.Effective(Validity.InForce, [ChangeKind.Amends, ChangeKind.Repeals]));
    }

    [Fact]
    public void The_chain_follows_amendments_both_ways_and_stops_at_unrelated_documents()
    {
        RegulationLink[] links =
        [
            new() { FromId = 2, ToId = 1, Kind = ChangeKind.Amends },
            new() { FromId = 3, ToId = 2, Kind = ChangeKind.Amends },
            new() { FromId = 9, ToId = 8, Kind = ChangeKind.Repeals },
        ];

        Assert.Equal(new HashSet<long> { 1, 2, 3 }, RegulationHistoryRules.Chain(1, links).ToHashSet());
        Assert.Equal(new HashSet<long> { 1, 2, 3 }, RegulationHistoryRules.Chain(3, links).ToHashSet());
        Assert.Equal(new HashSet<long> { 5 }, RegulationHistoryRules.Chain(5, links).ToHashSet());
    }

    [Fact]
    public void History_is_oldest_first_with_undated_documents_last()
    {
        var documents = new (long Id, DateOnly? Date)[] { (3, new(2012, 10, 29)), (4, null), (1, new(2003, 5, 30)), (2, new(2008, 7, 28)) };

        var ordered = RegulationHistoryRules.InDateOrder(documents, d => d.Date, d => d.Id);

        Assert.Equal([1L, 2, 3, 4], ordered.Select(d => d.Id));
    }

    [Fact]
    public void Dates_out_of_order_self_references_and_unknown_targets_are_refused()
    {
        var existing = new HashSet<long> { 1, 2, 7 };
        var adopted = new DateOnly(2012, 10, 26);

        Assert.Empty(RegulationFormRules.Validate(7, adopted, adopted.AddDays(3), adopted.AddDays(6), [1], [2], existing));
        Assert.Contains(RegulationFormRules.Validate(null, adopted, adopted.AddDays(-1), null, [], [], existing), e => e.Field == "PublishedOn");
        Assert.Contains(RegulationFormRules.Validate(null, adopted, null, adopted.AddDays(-1), [], [], existing), e => e.Field == "EffectiveOn");
        Assert.Contains(RegulationFormRules.Validate(7, null, null, null, [7], [], existing), e => e.Message.Contains("它自己"));
        Assert.Contains(RegulationFormRules.Validate(null, null, null, null, [1], [1], existing), e => e.Message.Contains("既被修订又被废止"));
        Assert.Contains(RegulationFormRules.Validate(null, null, null, null, [99], [], existing), e => e.Message.Contains("不存在"));
    }

    [Fact]
    public void Fields_written_by_an_older_version_without_lists_read_back_with_empty_lists()
    {
        var fields = RegulationFields.FromJson("""{"kind":"WorkRule","validity":"Repealed"}""");

        Assert.Equal(RegulationKind.WorkRule, fields.Kind);
        Assert.Equal(Validity.Repealed, fields.Validity);
        Assert.Empty(fields.Changes);
        Assert.Empty(fields.Attachments);
    }
}
