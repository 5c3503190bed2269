using System.Text.RegularExpressions;
using Portal.Testing;

namespace Portal.Browser.Tests;

/// <summary>
/// One browser journey: opens browser contexts (a reader, an author, an editor...) on the shared portal, and on failure
/// leaves a full-page screenshot of every page it opened in <see cref="BrowserPortal.ArtifactsFolder"/>.
/// </summary>
public abstract class Journey(BrowserPortal portal) : IAsyncLifetime
{
    private readonly List<IBrowserContext> _contexts = [];
    private readonly List<(string Who, IPage Page)> _pages = [];

    protected BrowserPortal Portal { get; } = portal;

    /// <summary>A new browser profile, so a different person: its own cookies and localStorage.</summary>
    protected async Task<IPage> OpenAsync(string who)
    {
        var context = await Portal.NewContextAsync();
        _contexts.Add(context);
        return await NewPageAsync(context, who);
    }

    /// <summary>Another tab in the same profile.</summary>
    protected async Task<IPage> NewPageAsync(IBrowserContext context, string who)
    {
        var page = await context.NewPageAsync();
        _pages.Add((who, page));
        return page;
    }

    /// <summary>A new profile signed in through the login form; lands on the admin dashboard.</summary>
    protected async Task<IPage> SignInAsync(string userName, string password)
    {
        var page = await OpenAsync(userName);
        await page.GotoAsync("/account/login");
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        // Polls the address rather than waiting for its load event: on a loaded machine that wait once hung after the
        // dashboard was already shown.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/admin$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "工作台", Level = 1 })).ToBeVisibleAsync();
        return page;
    }

    protected Task<IPage> SignInAsEditorAsync() => SignInAsync(DemoAccounts.Editor, DemoAccounts.EditorPassword);

    /// <summary>
    /// Writes Markdown into a Markdown field as office staff who know Markdown would: in the editor's Markdown tab,
    /// replacing what was there. The field itself is hidden under the editor and receives the text.
    /// </summary>
    protected static async Task WriteMarkdownAsync(IPage page, string fieldId, string markdown)
    {
        var editor = page.Locator($".field:has(#{fieldId}) .markdown-editor");
        await editor.Locator(".toastui-editor-mode-switch .tab-item", new() { HasText = "Markdown" }).ClickAsync();
        await editor.Locator(".toastui-editor-md-container [contenteditable=true]").ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Delete");
        var lines = markdown.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                await page.Keyboard.PressAsync("Enter");
            }

            if (lines[i].Length > 0)
            {
                await page.Keyboard.InsertTextAsync(lines[i]);
            }
        }

        await Assertions.Expect(page.Locator("#" + fieldId)).ToHaveValueAsync(markdown);
    }

    /// <summary>Runs the journey's steps; when one fails, screenshots every open page before the failure is reported.</summary>
    protected async Task RunAsync(string name, Func<Task> steps)
    {
        try
        {
            await steps();
        }
        catch
        {
            await ScreenshotAllAsync(name);
            throw;
        }
    }

    private async Task ScreenshotAllAsync(string name)
    {
        try
        {
            Directory.CreateDirectory(BrowserPortal.ArtifactsFolder);
            var index = 0;
            foreach (var (who, page) in _pages.Where(p => !p.Page.IsClosed))
            {
                var file = Path.Combine(BrowserPortal.ArtifactsFolder, $"{name}-{++index}-{who}.png");
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true, Timeout = 10_000 });
                Console.WriteLine($"Screenshot of {who}'s page {page.Url}: {file}");
            }
        }
        catch (Exception e)
        {
            Console.WriteLine($"Could not take the failure screenshots: {e.Message}");
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }
    }
}
