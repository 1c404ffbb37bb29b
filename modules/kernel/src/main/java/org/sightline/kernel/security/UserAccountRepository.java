package org.sightline.kernel.security;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {
    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    Optional<UserAccount> findByPersonId(Long personId);

    boolean existsByUsernameIgnoreCase(String username);
}
