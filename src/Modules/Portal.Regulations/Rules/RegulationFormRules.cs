namespace Portal.Regulations.Rules;

/// <summary>What a document's fields must satisfy beyond the content engine's own rules.</summary>
public static class RegulationFormRules
{
    public static IEnumerable<(string Field, string Message)> Validate(
        long? id, DateOnly? adopted, DateOnly? published, DateOnly? effective, IReadOnlyCollection<long> amends, IReadOnlyCollection<long> repeals, IReadOnlySet<long> existing)
    {
        if (adopted is { } a && published is { } p && p < a)
        {
            yield return ("PublishedOn", "公布日期不能早于通过日期。");
        }

        if (adopted is { } from && effective is { } e && e < from)
        {
            yield return ("EffectiveOn", "施行日期不能早于通过日期。");
        }

        if (id is { } self && (amends.Contains(self) || repeals.Contains(self)))
        {
            yield return ("AmendsIds", "文件不能修订或废止它自己。");
        }

        if (amends.Intersect(repeals).Any())
        {
            yield return ("RepealsIds", "同一文件不能既被修订又被废止，请只选一种。");
        }

        if (amends.Concat(repeals).Any(target => !existing.Contains(target)))
        {
            yield return ("AmendsIds", "所选的被修订或被废止文件不存在，请重新选择。");
        }
    }
}
