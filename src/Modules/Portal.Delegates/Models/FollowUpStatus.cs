namespace Portal.Delegates.Models;

/// <summary>Where the follow-up of the issues raised stands.</summary>
public enum FollowUpStatus
{
    Open = 0,
    InProgress = 1,
    Done = 2,
}
