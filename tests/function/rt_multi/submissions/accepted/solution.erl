-spec repeat_word(Word :: unicode:unicode_binary(), Times :: integer(), Suffix :: boolean(), Tail :: char()) -> unicode:unicode_binary().
repeat_word(Word, Times, Suffix, Tail) ->
  S = binary:copy(Word, Times),
  case Suffix of
    true -> <<S/binary, Tail/utf8>>;
    false -> S
  end.
