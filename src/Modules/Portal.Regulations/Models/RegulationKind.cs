namespace Portal.Regulations.Models;

/// <summary>The four kinds of document the report counts: 18 normative documents, 12 work rules, 9 + 6 duty scopes.</summary>
public enum RegulationKind
{
    NormativeDocument,
    WorkRule,
    CommitteeDuties,
    SectionDuties,
}

public static class RegulationKinds
{
    public static string DisplayName(this RegulationKind kind) => kind switch
    {
        RegulationKind.NormativeDocument => "规范性文件",
        RegulationKind.WorkRule => "工作制度",
        RegulationKind.CommitteeDuties => "委室职责",
        RegulationKind.SectionDuties => "科室职责",
        _ => kind.ToString(),
    };

    public static bool IsDuties(this RegulationKind kind) => kind is RegulationKind.CommitteeDuties or RegulationKind.SectionDuties;
}
