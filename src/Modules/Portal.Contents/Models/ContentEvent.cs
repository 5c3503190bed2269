namespace Portal.Contents.Models;

public enum ContentEvent
{
    Created,
    DraftSaved,
    Submitted,
    SentBack,
    Published,
    Scheduled,
    Unpublished,
    Removed,
    Restored,
}
