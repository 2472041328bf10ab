select id from customers order by revenue desc limit $1::int;
