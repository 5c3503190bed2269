namespace Portal.Workflows.Models;

/// <summary>What a rule does to the content item that triggered it.</summary>
public enum PublicationChange
{
    None,
    Publish,
    Unpublish,
}
