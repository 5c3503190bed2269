namespace Portal.News.Models;

/// <summary>A column (栏目) of the site; columns form a tree, e.g. 自身建设 > 机关建设.</summary>
public sealed class Column
{
    public int Id { get; set; }

    public int? ParentId { get; set; }

    public string Name { get; set; } = "";

    public string Slug { get; set; } = "";

    public string? Description { get; set; }

    public int SortOrder { get; set; }

    /// <summary>Shown in the site's main navigation.</summary>
    public bool InNavigation { get; set; } = true;
}
