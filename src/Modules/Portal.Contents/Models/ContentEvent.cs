namespace Portal.Contents.Models;

public enum ContentEvent
{
    Created,
    DraftSaved,
    Submitted,
    Published,
    Scheduled,
    Unpublished,
    Removed,
    Restored,
}
