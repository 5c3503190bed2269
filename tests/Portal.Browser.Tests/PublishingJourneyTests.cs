using System.Text.RegularExpressions;
using Portal.Testing;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Portal.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class PublishingJourneyTests(BrowserPortal portal) : Journey(portal)
{
    [Fact]
    public Task Author_drafts_and_submits_editor_publishes_reader_sees_it_without_its_scripts() => RunAsync("publishing", async () =>
    {
        var title = "浏览器测试：常委会视察民生工程 " + Guid.NewGuid().ToString("N")[..6];
        const string normalText = "常委会组成人员实地察看了民生工程进展情况。";
        var markdown = string.Join("\n\n",
            normalText,
            "<script>window.__xss=1</script>",
            "<img src=x onerror=\"window.__xss=2\">",
            "**视察组**要求加快工程进度。");

        // The author writes a draft and submits it for review; there is no way for them to publish.
        var author = await SignInAsync(DemoAccounts.Author, DemoAccounts.AuthorPassword);
        await author.GotoAsync("/admin/news/create");
        await author.GetByRole(AriaRole.Textbox, new() { Name = "标题", Exact = true }).FillAsync(title);
        await author.GetByLabel("栏目").SelectOptionAsync(new SelectOptionValue { Label = "工作动态" });
        await author.GetByLabel("信息来源").FillAsync("市人大常委会办公室");
        await WriteMarkdownAsync(author, "Body", markdown);
        await Assertions.Expect(author.GetByRole(AriaRole.Button, new() { Name = "保存并发布" })).ToHaveCountAsync(0);
        await author.GetByRole(AriaRole.Button, new() { Name = "保存并提交审核" }).ClickAsync();
        await author.WaitForURLAsync(new Regex("/admin/news/\\d+/edit$"));
        await Assertions.Expect(author.GetByRole(AriaRole.Status).Filter(new() { HasText = "已保存并提交审核" })).ToBeVisibleAsync();
        await Assertions.Expect(author.Locator("[data-field=status]")).ToHaveTextAsync("待审核");
        await Assertions.Expect(author.GetByRole(AriaRole.Button, new() { Name = "保存并发布" })).ToHaveCountAsync(0);
        await Assertions.Expect(author.Locator("#Body")).ToHaveValueAsync(markdown);
        var editUrl = new Uri(author.Url).AbsolutePath;

        // An editor finds it in the admin list and publishes it.
        var editor = await SignInAsEditorAsync();
        await editor.GotoAsync("/admin/news");
        await editor.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Assertions.Expect(editor).ToHaveURLAsync(new Regex(Regex.Escape(editUrl) + "$"));
        await editor.GetByRole(AriaRole.Button, new() { Name = "保存并发布" }).ClickAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Status).Filter(new() { HasText = "已保存并发布" })).ToBeVisibleAsync();
        await Assertions.Expect(editor.Locator("[data-field=status]")).ToHaveTextAsync("已发布");

        // A reader finds it in its column's box on the home page and reads it: the text, but none of the scripts.
        var reader = await OpenAsync("reader");
        var problems = new List<string>();
        reader.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add("console: " + message.Text);
            }
        };
        reader.PageError += (_, error) => problems.Add("page error: " + error);

        await reader.GotoAsync("/");
        var box = reader.Locator("section.column-box").Filter(new() { Has = reader.GetByRole(AriaRole.Heading, new() { Name = "工作动态" }) });
        await box.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await reader.WaitForURLAsync("**/news/**");
        await Assertions.Expect(reader.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        var body = reader.Locator(".article-body");
        await Assertions.Expect(body).ToContainTextAsync(normalText);
        await Assertions.Expect(body.Locator("strong")).ToHaveTextAsync("视察组");
        await Assertions.Expect(body.Locator("script")).ToHaveCountAsync(0);
        Assert.Equal(0, await body.Locator("[onerror]").CountAsync());
        // The page's own script has run once the view counter shows this reading (the first public one); a script
        // smuggled into the text would have run by then too.
        await Assertions.Expect(reader.Locator("[data-field=views]")).ToHaveTextAsync("1");

        Assert.Equal("undefined", await reader.EvaluateAsync<string>("() => typeof window.__xss"));
        Assert.Empty(problems);
    });

    [Fact]
    public Task Editor_writes_in_the_visual_editor_without_markdown_and_the_reader_sees_the_formatting() => RunAsync("visual-editor", async () =>
    {
        var title = "浏览器测试：所见即所得 " + Guid.NewGuid().ToString("N")[..6];
        var editor = await SignInAsEditorAsync();
        // The editor's toolbar layout still has one inline style refused by the CSP (reported, not applied, and not
        // needed); anything else on the console is a failure.
        var problems = new List<string>();
        editor.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Text.StartsWith("Applying inline style violates", StringComparison.Ordinal))
            {
                problems.Add("console: " + message.Text);
            }
        };
        editor.PageError += (_, error) => problems.Add("page error: " + error);

        var form = await editor.GotoAsync("/admin/news/create");
        Assert.Contains("style-src 'self'", await form!.HeaderValueAsync("content-security-policy"));
        Assert.DoesNotContain("unsafe-inline", await form.HeaderValueAsync("content-security-policy"));
        await editor.GetByRole(AriaRole.Textbox, new() { Name = "标题", Exact = true }).FillAsync(title);
        await editor.GetByLabel("栏目").SelectOptionAsync(new SelectOptionValue { Label = "工作动态" });

        // The editor opens on its visual tab with a Chinese toolbar; the Markdown field is hidden under it.
        var field = editor.Locator(".field:has(#Body) .markdown-editor");
        await Assertions.Expect(field.Locator(".toastui-editor-mode-switch .tab-item.active")).ToHaveTextAsync("所见即所得");
        await Assertions.Expect(editor.Locator("#Body")).ToBeHiddenAsync();
        await field.Locator(".toastui-editor-ww-container [contenteditable=true]").ClickAsync();
        await editor.Keyboard.InsertTextAsync("视察组要求加快工程进度");
        await editor.Keyboard.PressAsync("Shift+Home");
        await field.GetByRole(AriaRole.Button, new() { Name = "加粗" }).ClickAsync();
        await editor.Keyboard.PressAsync("End");
        await editor.Keyboard.PressAsync("Enter");
        await editor.Keyboard.InsertTextAsync("第二段：群众满意。");
        await Assertions.Expect(editor.Locator("#Body")).ToHaveValueAsync("**视察组要求加快工程进度**\n第二段：群众满意。");

        // A photo from the toolbar's image dialog goes to the media library, with the description typed there.
        await editor.Keyboard.PressAsync("Enter");
        await field.GetByRole(AriaRole.Button, new() { Name = "插入图片" }).ClickAsync();
        await field.Locator("#toastuiImageFileInput").SetInputFilesAsync(new FilePayload { Name = "视察现场.jpg", MimeType = "image/jpeg", Buffer = Photo(1200, 800) });
        await field.Locator("#toastuiAltTextInput").FillAsync("常委会视察现场");
        await field.GetByRole(AriaRole.Button, new() { Name = "确认" }).ClickAsync();
        await Assertions.Expect(editor.Locator("#Body")).ToHaveValueAsync(new Regex(@"!\[常委会视察现场\]\(/media/[0-9a-f]{32}-1200\.jpg\)$"));

        await editor.GetByRole(AriaRole.Button, new() { Name = "保存并发布" }).ClickAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Status).Filter(new() { HasText = "已保存并发布" })).ToBeVisibleAsync();

        // Opened again, the editor shows the saved text.
        await Assertions.Expect(field.Locator(".toastui-editor-ww-container strong")).ToHaveTextAsync("视察组要求加快工程进度");
        var slug = await editor.Locator("a", new() { HasText = "查看线上版本" }).GetAttributeAsync("href");

        var reader = await OpenAsync("reader");
        await reader.GotoAsync(slug!);
        await Assertions.Expect(reader.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await Assertions.Expect(reader.Locator(".article-body strong")).ToHaveTextAsync("视察组要求加快工程进度");
        await Assertions.Expect(reader.Locator(".article-body p").First).ToContainTextAsync("第二段：群众满意。");
        await Assertions.Expect(reader.Locator(".article-body p").First.Locator("br")).ToHaveCountAsync(2);
        var photo = reader.Locator(".article-body img[alt='常委会视察现场']");
        await Assertions.Expect(photo).ToHaveAttributeAsync("srcset", new Regex(@"-480\.jpg 480w, .*-960\.jpg 960w, .*-1200\.jpg 1200w"));
        await Assertions.Expect(photo).ToHaveAttributeAsync("loading", "lazy");
        await photo.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(photo).ToHaveJSPropertyAsync("complete", true);
        Assert.True(await photo.EvaluateAsync<int>("img => img.naturalWidth") > 0, "the photo did not load");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct()));
    });

    private static byte[] Photo(int width, int height)
    {
        using var image = new Image<Rgb24>(width, height, new Rgb24(120, 140, 160));
        using var output = new MemoryStream();
        image.SaveAsJpeg(output);
        return output.ToArray();
    }
}
