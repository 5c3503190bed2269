namespace Portal.Contents.Models;

public sealed record ContentEventContext(ContentEvent Event, ContentItem Item, ContentVersion Latest, ContentVersion? Published);
