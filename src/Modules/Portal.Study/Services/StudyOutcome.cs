namespace Portal.Study.Services;

/// <summary>Done (with the record's id and a message), or refused with a Chinese message.</summary>
public sealed record StudyOutcome(bool Succeeded, string Message, int Id = 0)
{
    public static StudyOutcome Done(string message, int id = 0) => new(true, message, id);

    public static StudyOutcome Refused(string message, int id = 0) => new(false, message, id);
}
