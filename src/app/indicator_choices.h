#pragma once
// The indicator list of the Trends and Comparison dialogs: each dictionary indicator that has
// trusted outturns in the store, with how many ("Referrals to children's social care (8 figures)"),
// its key as the item's data.

class QComboBox;

namespace sbw::store {
class Database;
}

namespace sbw::app {

void fillIndicatorChoices(QComboBox& combo, store::Database& db);

}  // namespace sbw::app
