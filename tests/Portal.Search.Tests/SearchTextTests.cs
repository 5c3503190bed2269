using Portal.Search.Rules;

namespace Portal.Search.Tests;

public sealed class SearchTextTests
{
    [Fact]
    public void A_soft_line_break_inside_a_chinese_word_is_joined_again()
    {
        Assert.Equal("征集金点子建议", SearchText.FromHtml("<p>征集金点<br>\n子建议</p>"));
        Assert.Equal("督办工作程序", SearchText.FromPlainText("督办\n工作程序"));
    }

    [Fact]
    public void Paragraphs_and_latin_words_stay_apart()
    {
        Assert.Equal("一、基本做法\n一年来", SearchText.FromHtml("<h3>一、基本做法</h3>\n<p>一年来</p>"));
        Assert.Equal("Lucene\nNet", SearchText.FromPlainText("Lucene \n Net"));
    }

    [Fact]
    public void Tags_go_and_entities_are_decoded()
    {
        Assert.Equal("《代表法》 & 监督法", SearchText.FromHtml("<p><strong>《代表法》</strong> &amp; 监督法</p>"));
    }
}
