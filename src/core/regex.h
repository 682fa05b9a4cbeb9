#pragma once
// The regular expressions of every reader: std::basic_regex with traits that answer character
// classes from the locale's ctype facet looked up once, not per character.
//
// Why: libstdc++'s std::regex_traits<char> calls use_facet (a dynamic_cast) and looks the class
// name "w" up again at every `\b` it tests, and finds the facet again for every character of a
// case-insensitive pattern (`\w`, `\s` and bracket classes are cached when a pattern is
// compiled); those two made most of an import's time. The answers are the same: these traits ask
// the same facet the same questions, only without finding it again each time.

#include <locale>
#include <regex>
#include <string>

namespace sbw {

class RegexTraits : public std::regex_traits<char> {
 public:
  RegexTraits() { remember(); }
  RegexTraits(const RegexTraits& other) : std::regex_traits<char>(other) { remember(); }
  RegexTraits& operator=(const RegexTraits& other) {
    std::regex_traits<char>::operator=(other);
    remember();
    return *this;
  }
  ~RegexTraits() = default;

  locale_type imbue(locale_type locale) {
    locale_type previous = std::regex_traits<char>::imbue(std::move(locale));
    remember();
    return previous;
  }

  char translate_nocase(char c) const { return ctype_->tolower(c); }

  template <typename ForwardIterator>
  char_class_type lookup_classname(ForwardIterator first, ForwardIterator last, bool icase = false) const {
    // The executor asks for "w" at every word boundary; one-letter names are answered from the
    // masks found when the locale was set.
    if (std::distance(first, last) == 1) {
      switch (*first) {
        case 'w': return word_;
        case 'd': return digit_;
        case 's': return space_;
        default: break;
      }
    }
    return std::regex_traits<char>::lookup_classname(first, last, icase);
  }

  bool isctype(char c, char_class_type mask) const {
    // As std::regex_traits<char>::isctype: the facet's classes, and '_' for \w.
    return ctype_->is(mask._M_base, c) || ((mask._M_extended & char_class_type::_S_under) != 0 && c == '_');
  }

 private:
  void remember() {
    ctype_ = &std::use_facet<std::ctype<char>>(getloc());
    const char names[] = "wds";
    word_ = std::regex_traits<char>::lookup_classname(names, names + 1);
    digit_ = std::regex_traits<char>::lookup_classname(names + 1, names + 2);
    space_ = std::regex_traits<char>::lookup_classname(names + 2, names + 3);
  }

  const std::ctype<char>* ctype_ = nullptr;
  char_class_type word_;
  char_class_type digit_;
  char_class_type space_;
};

using Regex = std::basic_regex<char, RegexTraits>;
using RegexIterator = std::regex_iterator<std::string::const_iterator, char, RegexTraits>;

}  // namespace sbw
