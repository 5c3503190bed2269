namespace Portal.Contents.Models;

public enum ContentStatus
{
    Draft = 0,
    PendingReview = 1,
    Scheduled = 2,
    Published = 3,
}
