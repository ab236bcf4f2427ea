namespace CapitalNetwork.Interactive.Tests;

public class SvgPictureTests
{
    [Fact]
    public void Element_drops_what_comes_before_the_svg_element()
    {
        var pic = new SvgPicture("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- made by hand -->\n<svg width=\"4\" height=\"4\"></svg>\n");
        Assert.Equal("<svg width=\"4\" height=\"4\"></svg>", pic.Element);
        Assert.StartsWith("<?xml", pic.Markup);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html><body>no picture</body></html>")]
    [InlineData("<svg width=\"4\"")]
    public void Text_without_an_svg_element_is_refused(string text) =>
        Assert.Throws<ArgumentException>(() => new SvgPicture(text));

    [Fact]
    public void From_file_reads_utf8()
    {
        var path = Path.Combine(Path.GetTempPath(), $"capnet-{Guid.NewGuid():N}.svg");
        File.WriteAllText(path, "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>北京</text></svg>");
        try
        {
            Assert.Contains("北京", SvgPicture.FromFile(path).Element);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
