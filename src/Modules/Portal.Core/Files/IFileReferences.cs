namespace Portal.Core.Files;

/// <summary>
/// The stored files a module's rows point to, for the areas it writes: what <see cref="OrphanFileSweep"/> must keep.
/// A module that stores files registers one (scoped); an area no module declares is never swept.
/// </summary>
public interface IFileReferences
{
    /// <summary>The areas (the first folder of a key) in which this module's rows name every file still needed.</summary>
    IReadOnlyCollection<string> Areas { get; }

    /// <summary>Every key in those areas that a row points to.</summary>
    Task<IReadOnlyCollection<string>> KeysAsync(CancellationToken cancellationToken);
}
