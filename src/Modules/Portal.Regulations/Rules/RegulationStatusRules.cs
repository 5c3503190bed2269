using Portal.Regulations.Models;

namespace Portal.Regulations.Rules;

/// <summary>
/// The validity readers see: a published document that repeals this one makes it 已废止, one that amends it makes it
/// 已修订; otherwise what the editor recorded (a repeal by a decision outside the library, say).
/// </summary>
public static class RegulationStatusRules
{
    public static Validity Effective(Validity recorded, IEnumerable<ChangeKind> changesByPublishedDocuments)
    {
        var changes = changesByPublishedDocuments.ToList();
        if (changes.Contains(ChangeKind.Repeals))
        {
            return Validity.Repealed;
        }

        return changes.Contains(ChangeKind.Amends) ? Validity.Amended : recorded;
    }
}
