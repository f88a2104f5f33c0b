/** The texts of sign-in with a second factor, the account page, sessions and the users screen's sign-in actions. */
const en = {
  rcm: {
    signIn: {
      codeTitle: 'Two-factor sign-in',
      codeHelp: 'Enter the 6-digit code from your authenticator app.',
      code: 'Code',
      verify: 'Verify',
      useRecovery: 'Use a recovery code instead',
      useCode: 'Use a code from the app instead',
      recoveryCode: 'Recovery code',
      back: 'Cancel and sign in again',
      enrolTitle: 'Set up two-factor sign-in',
      enrolHelp:
        'Your role must use two-factor sign-in. Scan this QR code with an authenticator app, or type the key below into it, then enter the code it shows.',
    },
    mfa: {
      qr: 'QR code for your authenticator app',
      secret: 'Key to type into the app',
      confirm: 'Turn on',
      codesTitle: 'Save your recovery codes',
      codesHelp:
        'Each code signs you in once if you lose your phone. Keep them somewhere safe: they are shown only now.',
      copy: 'Copy the codes',
      saved: 'I have saved them',
      savedCheck: 'I have saved these codes somewhere safe',
      continue: 'Continue',
      title: 'Two-factor sign-in',
      on: 'On. Recovery codes left: %{count}.',
      off: 'Off.',
      required: 'Your role must use it.',
      start: 'Set up two-factor sign-in',
      disable: 'Turn off',
      disabled: 'Two-factor sign-in is off',
      regenerate: 'New recovery codes',
      reauthHelp: 'Confirm it is you: your current password, and a code from your app when two-factor sign-in is on.',
      currentPassword: 'Current password',
      code: 'Code from your app',
      cancel: 'Cancel',
    },
    account: {
      title: 'My account',
      menu: 'My account',
      emailTitle: 'Email',
      newEmail: 'New email',
      changeEmail: 'Change email',
      emailChanged: 'Your email is changed',
      passwordLink: 'Change your password',
    },
    session: {
      endedTitle: 'Your session has ended',
      endedText:
        'You were signed out (after 30 minutes without activity, after 12 hours, or by an administrator). What you typed ' +
        'is still on this page: sign in again in a new tab, come back here and save.',
      signInNewTab: 'Sign in in a new tab',
      signedInAgain: 'I have signed in again',
      signInHere: 'Sign in here (unsaved changes are lost)',
    },
  },
  resources: {
    users: {
      actions: {
        resetMfa: 'Reset two-factor',
        resetMfaConfirm:
          'Turn off two-factor sign-in for %{name}? They set it up again at their next sign-in if their role must use it.',
        resetMfaDone: 'Two-factor sign-in reset',
        endSessions: 'End sessions',
        endSessionsConfirm: 'Sign %{name} out everywhere?',
        endSessionsDone: '%{count} sessions ended',
      },
    },
  },
}

type Catalogue<T> = { [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]> }

const es: Catalogue<typeof en> = {
  rcm: {
    signIn: {
      codeTitle: 'Verificación en dos pasos',
      codeHelp: 'Escriba el código de 6 cifras de su aplicación de autenticación.',
      code: 'Código',
      verify: 'Verificar',
      useRecovery: 'Usar un código de recuperación',
      useCode: 'Usar un código de la aplicación',
      recoveryCode: 'Código de recuperación',
      back: 'Cancelar y volver a empezar',
      enrolTitle: 'Active la verificación en dos pasos',
      enrolHelp:
        'Su rol debe usar la verificación en dos pasos. Escanee este código QR con una aplicación de autenticación, o ' +
        'escriba en ella la clave de abajo, y luego escriba el código que muestra.',
    },
    mfa: {
      qr: 'Código QR para su aplicación de autenticación',
      secret: 'Clave para escribir en la aplicación',
      confirm: 'Activar',
      codesTitle: 'Guarde sus códigos de recuperación',
      codesHelp:
        'Cada código le permite entrar una vez si pierde el teléfono. Guárdelos en un lugar seguro: solo se muestran ahora.',
      copy: 'Copiar los códigos',
      saved: 'Ya los guardé',
      savedCheck: 'He guardado estos códigos en un lugar seguro',
      continue: 'Continuar',
      title: 'Verificación en dos pasos',
      on: 'Activada. Códigos de recuperación restantes: %{count}.',
      off: 'Desactivada.',
      required: 'Su rol debe usarla.',
      start: 'Activar la verificación en dos pasos',
      disable: 'Desactivar',
      disabled: 'La verificación en dos pasos está desactivada',
      regenerate: 'Nuevos códigos de recuperación',
      reauthHelp:
        'Confirme que es usted: su contraseña actual y, si la verificación en dos pasos está activada, un código de su aplicación.',
      currentPassword: 'Contraseña actual',
      code: 'Código de su aplicación',
      cancel: 'Cancelar',
    },
    account: {
      title: 'Mi cuenta',
      menu: 'Mi cuenta',
      emailTitle: 'Correo',
      newEmail: 'Correo nuevo',
      changeEmail: 'Cambiar el correo',
      emailChanged: 'Su correo ha cambiado',
      passwordLink: 'Cambiar su contraseña',
    },
    session: {
      endedTitle: 'Su sesión ha terminado',
      endedText:
        'Se cerró su sesión (tras 30 minutos sin actividad, tras 12 horas o por un administrador). Lo que escribió sigue ' +
        'en esta página: inicie sesión de nuevo en otra pestaña, vuelva aquí y guarde.',
      signInNewTab: 'Iniciar sesión en otra pestaña',
      signedInAgain: 'Ya inicié sesión de nuevo',
      signInHere: 'Iniciar sesión aquí (se pierden los cambios sin guardar)',
    },
  },
  resources: {
    users: {
      actions: {
        resetMfa: 'Restablecer dos pasos',
        resetMfaConfirm:
          '¿Desactivar la verificación en dos pasos de %{name}? La activará de nuevo al iniciar sesión si su rol debe usarla.',
        resetMfaDone: 'Verificación en dos pasos restablecida',
        endSessions: 'Cerrar sesiones',
        endSessionsConfirm: '¿Cerrar todas las sesiones de %{name}?',
        endSessionsDone: '%{count} sesiones cerradas',
      },
    },
  },
}

export const accountMessages = { en, es }
