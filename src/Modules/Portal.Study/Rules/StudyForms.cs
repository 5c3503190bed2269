using Portal.Study.Models;

namespace Portal.Study.Rules;

public static class StudyForms
{
    public static readonly IReadOnlyDictionary<StudyForm, string> DisplayNames = new Dictionary<StudyForm, string>
    {
        [StudyForm.SelfStudy] = "个人自学",
        [StudyForm.Collective] = "集中学习",
        [StudyForm.Branch] = "支部学习",
        [StudyForm.ExpertLecture] = "专家辅导",
        [StudyForm.Film] = "观看教育片",
        [StudyForm.Visit] = "参观考察",
        [StudyForm.FieldObservation] = "实地观摩",
        [StudyForm.Research] = "调研",
    };

    public static string Name(StudyForm form) => DisplayNames[form];

    /// <summary>Every form but self-study gathers people, so it keeps a sign-in sheet.</summary>
    public static bool KeepsSignInSheet(StudyForm form) => form != StudyForm.SelfStudy;

    public static StudyForm? FromChinese(string name) =>
        DisplayNames.FirstOrDefault(pair => pair.Value == name.Trim()) is { Value: not null } found ? found.Key : null;
}
