using Enbek.Domain.Registry;

namespace Enbek.Domain.Tests.Registry;

public sealed class PersonNameKeyTests
{
    [Theory]
    [InlineData("Қайрат", "КАЙРАТ")]
    [InlineData("Кайрат", "КАЙРАТ")]
    [InlineData("Әсел", "АСЕЛ")]
    [InlineData("Ғалым", "ГАЛЫМ")]
    [InlineData("Мұхтар", "МУХТАР")]
    [InlineData("Үмбетов", "УМБЕТОВ")]
    [InlineData("Өмірзақ", "ОМИРЗАК")]
    [InlineData("Жаңабай", "ЖАНАБАЙ")]
    [InlineData("Һасен", "ХАСЕН")]
    [InlineData("Сәуле Іргебай", "САУЛЕ ИРГЕБАЙ")]
    [InlineData("Фёдоров", "ФЕДОРОВ")]
    public void Folds_Kazakh_letters_to_their_Russian_look_alikes(string name, string key) =>
        Assert.Equal(key, PersonNameKey.Normalise(name));

    [Theory]
    [InlineData("  ахметова   ", "АХМЕТОВА")]
    [InlineData("Иванова-Петрова", "ИВАНОВА ПЕТРОВА")]
    [InlineData("О'Коннор", "О'КОННОР")]
    [InlineData("Ким 2", "КИМ")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Upper_cases_and_keeps_single_spaces_between_words(string? name, string key) =>
        Assert.Equal(key, PersonNameKey.Normalise(name));

    [Fact]
    public void The_key_of_a_full_name_reads_surname_name_patronymic()
    {
        Assert.Equal("СЕЙИТКАЛИ АЙГУЛ НУРЛАНКЫЗЫ", PersonNameKey.Of("Сейітқали", "Айгүл", "Нұрланқызы"));
        Assert.Equal("КИМ ОЛЬГА", PersonNameKey.Of("Ким", "Ольга", null));
        Assert.Equal(["КИМ", "ОЛЬГА"], PersonNameKey.Words("КИМ ОЛЬГА"));
    }
}
