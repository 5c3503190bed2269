namespace Portal.Study.Models;

/// <summary>How a study session is held (学习形式), as the 2012 report lists them.</summary>
public enum StudyForm
{
    SelfStudy,
    Collective,
    Branch,
    ExpertLecture,
    Film,
    Visit,
    FieldObservation,
    Research,
}
