namespace Portal.Testing;

/// <summary>The demo recipe's accounts, as the README lists them.</summary>
public static class DemoAccounts
{
    public const string Admin = "admin";
    public const string AdminPassword = "admin2012";
    public const string Editor = "editor";
    public const string EditorPassword = "editor2012";
    public const string SecondEditor = "editor2";
    public const string Author = "author";
    public const string AuthorPassword = "author2012";
    public const string Judge = "judge";
    public const string JudgePassword = "judge2012";
    public const string Delegate = "delegate";
    public const string DelegatePassword = "delegate2012";
}
