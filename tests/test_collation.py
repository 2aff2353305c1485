"""Swedish alphabetical order: å, ä, ö after z, in Python and in SQL."""

from hypothesis import given
from hypothesis import strategies as st

from facilitator.domain.collation import swedish_compare, swedish_key
from facilitator.store.connection import connect


def test_swedish_letters_sort_after_z():
    names = ["Östberg", "Zetterqvist", "Åkesson", "Ahlström", "Ängström", "Olofsson"]
    assert sorted(names, key=swedish_key) == [
        "Ahlström", "Olofsson", "Zetterqvist", "Åkesson", "Ängström", "Östberg"]


def test_case_and_foreign_accents_do_not_change_the_order():
    assert sorted(["éva", "Eva", "Erik", "ewa"], key=swedish_key) == ["Erik", "éva", "Eva", "ewa"]
    assert swedish_key("Müller") == swedish_key("Myller")  # ü is alphabetised as y
    assert swedish_key("Æbeltoft") > swedish_key("Zander")  # æ as ä, after z


def test_sql_order_by_collation_is_swedish():
    db = connect(":memory:")
    db.execute("CREATE TABLE t (name TEXT)")
    db.conn.executemany("INSERT INTO t VALUES (?)", [("Öberg",), ("Zorn",), ("Åberg",), ("Aberg",), ("Äng",)])
    by_collation = [row[0] for row in db.execute("SELECT name FROM t ORDER BY name COLLATE swedish")]
    by_function = [row[0] for row in db.execute("SELECT name FROM t ORDER BY swedish_key(name)")]
    assert by_collation == by_function == ["Aberg", "Zorn", "Åberg", "Äng", "Öberg"]


@given(st.text(), st.text())
def test_compare_is_antisymmetric_and_total(left, right):
    assert swedish_compare(left, right) == -swedish_compare(right, left)
    assert (swedish_compare(left, right) == 0) == (left == right)
