using System.IO.Compression;
using Portal.Core.Files;

namespace Portal.Core.Tests;

public sealed class FileStoreTests : IDisposable
{
    private static readonly UploadPolicy Documents = new(new HashSet<FileKind> { FileKind.Pdf, FileKind.Docx }, MaxBytes: 1024 * 1024);
    private readonly string _root = Path.Combine(Path.GetTempPath(), "portal-files-" + Guid.NewGuid().ToString("N"));
    private readonly DiskFileStore _store;

    public FileStoreTests()
    {
        Directory.CreateDirectory(_root);
        _store = new DiskFileStore(new FileStoreRoot(_root), TimeProvider.System);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Files_are_recognised_by_their_bytes()
    {
        Assert.Equal(FileKind.Pdf, FileInspector.Detect(new MemoryStream("%PDF-1.7\n..."u8.ToArray())));
        Assert.Equal(FileKind.Png, FileInspector.Detect(new MemoryStream([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0])));
        Assert.Equal(FileKind.Jpeg, FileInspector.Detect(new MemoryStream([0xFF, 0xD8, 0xFF, 0xE0, 0, 0])));
        Assert.Equal(FileKind.Docx, FileInspector.Detect(WordDocument()));
    }

    [Fact]
    public void A_zip_that_is_not_a_word_document_and_an_executable_are_not_recognised()
    {
        Assert.Null(FileInspector.Detect(Zip("readme.txt")));
        Assert.Null(FileInspector.Detect(new MemoryStream("MZ\x90\0\x03\0\0\0"u8.ToArray())));
        Assert.Null(FileInspector.Detect(new MemoryStream("PK\x03\x04 but not a zip"u8.ToArray())));
    }

    [Fact]
    public async Task An_accepted_file_is_stored_under_a_server_chosen_name_and_can_be_read_back()
    {
        var result = await _store.SaveAsync(WordDocument(), "essays", Documents);

        Assert.True(result.Succeeded);
        Assert.Matches(@"^essays/\d{4}/[0-9a-f]{32}\.docx$", result.File!.Key);
        await using var stored = _store.OpenRead(result.File.Key);
        Assert.NotNull(stored);
        Assert.Equal(result.File.Length, stored!.Length);
    }

    [Fact]
    public async Task A_renamed_executable_an_empty_file_and_an_oversized_file_are_refused_in_chinese()
    {
        var executable = await _store.SaveAsync(new MemoryStream("MZ\x90\0fake program"u8.ToArray()), "essays", Documents);
        var empty = await _store.SaveAsync(new MemoryStream(), "essays", Documents);
        var oversized = await _store.SaveAsync(new MemoryStream([.. "%PDF-"u8, .. new byte[Documents.MaxBytes]]), "essays", Documents);

        Assert.Contains("不是允许的格式", executable.Error);
        Assert.Contains("空的", empty.Error);
        Assert.Contains("太大", oversized.Error);
        Assert.Empty(Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("essays/2026/../../secret.pdf")]
    [InlineData("/etc/passwd")]
    public void Keys_that_are_not_the_stores_own_are_never_opened(string key)
    {
        Assert.Null(_store.OpenRead(key));
    }

    private static MemoryStream WordDocument() => Zip("[Content_Types].xml", "word/document.xml");

    private static MemoryStream Zip(params string[] entries)
    {
        var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
                writer.Write("<xml/>");
            }
        }

        buffer.Position = 0;
        return buffer;
    }
}
